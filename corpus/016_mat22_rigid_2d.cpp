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
    wp::launch_bounds_t<1> dim,
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
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    const wp::float32 var_25 = 3.141592653589793;
    bool var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::float32 var_29 = 2.0;
    const wp::float32 var_30 = 3.141592653589793;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    const wp::float32 var_35 = 3.141592653589793;
    const wp::float32 var_36 = -3.141592653589793;
    bool var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    const wp::float32 var_40 = 2.0;
    const wp::float32 var_41 = 3.141592653589793;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
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
    var_4 = &((var_2).inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 36>
        return;
    }
    // b.vel = b.vel + gravity * dt                                                           <L 37>
    var_8 = &((var_2).vel);
    var_9 = wp::mul(var_gravity, var_dt);
    var_11 = wp::load(var_8);
    var_10 = wp::add(var_11, var_9);
    var_2.vel = var_10;
    // b.pos = b.pos + b.vel * dt                                                             <L 38>
    var_12 = &((var_2).pos);
    var_13 = &((var_2).vel);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_15, var_dt);
    var_17 = wp::load(var_12);
    var_16 = wp::add(var_17, var_14);
    var_2.pos = var_16;
    // b.angle = b.angle + b.omega * dt                                                       <L 39>
    var_18 = &((var_2).angle);
    var_19 = &((var_2).omega);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_21, var_dt);
    var_23 = wp::load(var_18);
    var_22 = wp::add(var_23, var_20);
    var_2.angle = var_22;
    // if b.angle > wp.pi:                                                                    <L 40>
    var_24 = &((var_2).angle);
    var_27 = wp::load(var_24);
    var_26 = (var_27 > var_25);
    if (var_26) {
        // b.angle = b.angle - 2.0 * wp.pi                                                    <L 41>
        var_28 = &((var_2).angle);
        var_31 = wp::mul(var_29, var_30);
        var_33 = wp::load(var_28);
        var_32 = wp::sub(var_33, var_31);
        var_2.angle = var_32;
    }
    if (!var_26) {
        // elif b.angle < -wp.pi:                                                             <L 42>
        var_34 = &((var_2).angle);
        var_38 = wp::load(var_34);
        var_37 = (var_38 < var_36);
        if (var_37) {
            // b.angle = b.angle + 2.0 * wp.pi                                                <L 43>
            var_39 = &((var_2).angle);
            var_42 = wp::mul(var_40, var_41);
            var_44 = wp::load(var_39);
            var_43 = wp::add(var_44, var_42);
            var_2.angle = var_43;
        }
    }
    // bodies[i] = b                                                                          <L 44>
    wp::array_store(var_bodies, var_0, var_2);
}



void integrate_bodies_f013fd92_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    const wp::float32 var_25 = 3.141592653589793;
    bool var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::float32 var_29 = 2.0;
    const wp::float32 var_30 = 3.141592653589793;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    const wp::float32 var_35 = 3.141592653589793;
    const wp::float32 var_36 = -3.141592653589793;
    bool var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    const wp::float32 var_40 = 2.0;
    const wp::float32 var_41 = 3.141592653589793;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
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
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
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
    var_4 = &((var_2).inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 36>
        goto label0;
    }
    // b.vel = b.vel + gravity * dt                                                           <L 37>
    var_8 = &((var_2).vel);
    var_9 = wp::mul(var_gravity, var_dt);
    var_11 = wp::load(var_8);
    var_10 = wp::add(var_11, var_9);
    var_2.vel = var_10;
    // b.pos = b.pos + b.vel * dt                                                             <L 38>
    var_12 = &((var_2).pos);
    var_13 = &((var_2).vel);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_15, var_dt);
    var_17 = wp::load(var_12);
    var_16 = wp::add(var_17, var_14);
    var_2.pos = var_16;
    // b.angle = b.angle + b.omega * dt                                                       <L 39>
    var_18 = &((var_2).angle);
    var_19 = &((var_2).omega);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_21, var_dt);
    var_23 = wp::load(var_18);
    var_22 = wp::add(var_23, var_20);
    var_2.angle = var_22;
    // if b.angle > wp.pi:                                                                    <L 40>
    var_24 = &((var_2).angle);
    var_27 = wp::load(var_24);
    var_26 = (var_27 > var_25);
    if (var_26) {
        // b.angle = b.angle - 2.0 * wp.pi                                                    <L 41>
        var_28 = &((var_2).angle);
        var_31 = wp::mul(var_29, var_30);
        var_33 = wp::load(var_28);
        var_32 = wp::sub(var_33, var_31);
        var_2.angle = var_32;
    }
    if (!var_26) {
        // elif b.angle < -wp.pi:                                                             <L 42>
        var_34 = &((var_2).angle);
        var_38 = wp::load(var_34);
        var_37 = (var_38 < var_36);
        if (var_37) {
            // b.angle = b.angle + 2.0 * wp.pi                                                <L 43>
            var_39 = &((var_2).angle);
            var_42 = wp::mul(var_40, var_41);
            var_44 = wp::load(var_39);
            var_43 = wp::add(var_44, var_42);
            var_2.angle = var_43;
        }
    }
    // bodies[i] = b                                                                          <L 44>
    // wp::array_store(var_bodies, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_bodies, var_0, var_2, adj_bodies, adj_0, adj_2);
    // adj: bodies[i] = b                                                                     <L 44>
    if (!var_26) {
        if (var_37) {
            adj_43 += adj_2.angle;
            adj_2.angle = {};
            wp::adj_add(var_44, var_42, adj_39, adj_42, adj_43);
            wp::adj_mul(var_40, var_41, adj_40, adj_41, adj_42);
            adj_2.angle += adj_39;
            // adj: b.angle = b.angle + 2.0 * wp.pi                                           <L 43>
        }
        adj_2.angle += adj_34;
        // adj: elif b.angle < -wp.pi:                                                        <L 42>
    }
    if (var_26) {
        adj_32 += adj_2.angle;
        adj_2.angle = {};
        wp::adj_sub(var_33, var_31, adj_28, adj_31, adj_32);
        wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
        adj_2.angle += adj_28;
        // adj: b.angle = b.angle - 2.0 * wp.pi                                               <L 41>
    }
    adj_2.angle += adj_24;
    // adj: if b.angle > wp.pi:                                                               <L 40>
    adj_22 += adj_2.angle;
    adj_2.angle = {};
    wp::adj_add(var_23, var_20, adj_18, adj_20, adj_22);
    wp::adj_mul(var_21, var_dt, adj_19, adj_dt, adj_20);
    adj_2.omega += adj_19;
    adj_2.angle += adj_18;
    // adj: b.angle = b.angle + b.omega * dt                                                  <L 39>
    adj_16 += adj_2.pos;
    adj_2.pos = {};
    wp::adj_add(var_17, var_14, adj_12, adj_14, adj_16);
    wp::adj_mul(var_15, var_dt, adj_13, adj_dt, adj_14);
    adj_2.vel += adj_13;
    adj_2.pos += adj_12;
    // adj: b.pos = b.pos + b.vel * dt                                                        <L 38>
    adj_10 += adj_2.vel;
    adj_2.vel = {};
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
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_bodies_f013fd92 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_bodies_f013fd92_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_bodies_f013fd92_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_bodies_f013fd92 *_wp_args,
    wp_args_integrate_bodies_f013fd92 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_bodies_f013fd92_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_box_corners_c4119a63 {
    wp::array_t<Body2D_33f20325> bodies;
    wp::array_t<wp::vec_t<2, wp::float32>> half_extents;
    wp::array_t<wp::vec_t<2, wp::float32>> corners;
};


void box_corners_c4119a63_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
    bool var_13;
    const wp::int32 var_14 = 1;
    bool var_15;
    const wp::int32 var_16 = 2;
    bool var_17;
    const wp::float32 var_18 = -1.0;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    bool var_21;
    const wp::float32 var_22 = -1.0;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::float32>* var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    wp::vec_t<2, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    const wp::float32 var_36 = 1.0;
    const wp::float32 var_37 = 1.0;
    bool var_38;
    const wp::int32 var_39 = 1;
    bool var_40;
    const wp::int32 var_41 = 2;
    bool var_42;
    const wp::float32 var_43 = -1.0;
    wp::float32 var_44;
    const wp::int32 var_45 = 2;
    bool var_46;
    const wp::float32 var_47 = -1.0;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 1;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32>* var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32> var_58;
    wp::vec_t<2, wp::float32> var_59;
    const wp::int32 var_60 = 2;
    const wp::float32 var_61 = 1.0;
    const wp::float32 var_62 = 1.0;
    bool var_63;
    const wp::int32 var_64 = 1;
    bool var_65;
    const wp::int32 var_66 = 2;
    bool var_67;
    const wp::float32 var_68 = -1.0;
    wp::float32 var_69;
    const wp::int32 var_70 = 2;
    bool var_71;
    const wp::float32 var_72 = -1.0;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::vec_t<2, wp::float32> var_80;
    wp::vec_t<2, wp::float32>* var_81;
    wp::vec_t<2, wp::float32> var_82;
    wp::vec_t<2, wp::float32> var_83;
    wp::vec_t<2, wp::float32> var_84;
    const wp::int32 var_85 = 3;
    const wp::float32 var_86 = 1.0;
    const wp::float32 var_87 = 1.0;
    bool var_88;
    const wp::int32 var_89 = 1;
    bool var_90;
    const wp::int32 var_91 = 2;
    bool var_92;
    const wp::float32 var_93 = -1.0;
    wp::float32 var_94;
    const wp::int32 var_95 = 2;
    bool var_96;
    const wp::float32 var_97 = -1.0;
    wp::float32 var_98;
    const wp::int32 var_99 = 0;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::int32 var_102 = 1;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::vec_t<2, wp::float32> var_105;
    wp::vec_t<2, wp::float32>* var_106;
    wp::vec_t<2, wp::float32> var_107;
    wp::vec_t<2, wp::float32> var_108;
    wp::vec_t<2, wp::float32> var_109;
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
    var_4 = &((var_2).angle);
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
    var_15 = (var_10 == var_14);
    var_13 = var_15;
    if (!var_13) {
        var_17 = (var_10 == var_16);
        var_13 = var_13 || var_17;
    }
    if (var_13) {
        // sx = -1.0                                                                          <L 57>
    }
    var_19 = wp::where(var_13, var_18, var_11);
    // if k >= 2:                                                                             <L 58>
    var_21 = (var_10 >= var_20);
    if (var_21) {
        // sy = -1.0                                                                          <L 59>
    }
    var_23 = wp::where(var_21, var_22, var_12);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_25 = wp::extract(var_8, var_24);
    var_26 = wp::mul(var_25, var_19);
    var_28 = wp::extract(var_8, var_27);
    var_29 = wp::mul(var_28, var_23);
    var_30 = wp::vec_t<2, wp::float32>(var_26, var_29);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_31 = &((var_2).pos);
    var_32 = wp::mul(var_5, var_30);
    var_34 = wp::load(var_31);
    var_33 = wp::add(var_34, var_32);
    wp::array_store(var_corners, var_0, var_10, var_33);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_40 = (var_35 == var_39);
    var_38 = var_40;
    if (!var_38) {
        var_42 = (var_35 == var_41);
        var_38 = var_38 || var_42;
    }
    if (var_38) {
        // sx = -1.0                                                                          <L 57>
    }
    var_44 = wp::where(var_38, var_43, var_36);
    // if k >= 2:                                                                             <L 58>
    var_46 = (var_35 >= var_45);
    if (var_46) {
        // sy = -1.0                                                                          <L 59>
    }
    var_48 = wp::where(var_46, var_47, var_37);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_50 = wp::extract(var_8, var_49);
    var_51 = wp::mul(var_50, var_44);
    var_53 = wp::extract(var_8, var_52);
    var_54 = wp::mul(var_53, var_48);
    var_55 = wp::vec_t<2, wp::float32>(var_51, var_54);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_56 = &((var_2).pos);
    var_57 = wp::mul(var_5, var_55);
    var_59 = wp::load(var_56);
    var_58 = wp::add(var_59, var_57);
    wp::array_store(var_corners, var_0, var_35, var_58);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_65 = (var_60 == var_64);
    var_63 = var_65;
    if (!var_63) {
        var_67 = (var_60 == var_66);
        var_63 = var_63 || var_67;
    }
    if (var_63) {
        // sx = -1.0                                                                          <L 57>
    }
    var_69 = wp::where(var_63, var_68, var_61);
    // if k >= 2:                                                                             <L 58>
    var_71 = (var_60 >= var_70);
    if (var_71) {
        // sy = -1.0                                                                          <L 59>
    }
    var_73 = wp::where(var_71, var_72, var_62);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_75 = wp::extract(var_8, var_74);
    var_76 = wp::mul(var_75, var_69);
    var_78 = wp::extract(var_8, var_77);
    var_79 = wp::mul(var_78, var_73);
    var_80 = wp::vec_t<2, wp::float32>(var_76, var_79);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_81 = &((var_2).pos);
    var_82 = wp::mul(var_5, var_80);
    var_84 = wp::load(var_81);
    var_83 = wp::add(var_84, var_82);
    wp::array_store(var_corners, var_0, var_60, var_83);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_90 = (var_85 == var_89);
    var_88 = var_90;
    if (!var_88) {
        var_92 = (var_85 == var_91);
        var_88 = var_88 || var_92;
    }
    if (var_88) {
        // sx = -1.0                                                                          <L 57>
    }
    var_94 = wp::where(var_88, var_93, var_86);
    // if k >= 2:                                                                             <L 58>
    var_96 = (var_85 >= var_95);
    if (var_96) {
        // sy = -1.0                                                                          <L 59>
    }
    var_98 = wp::where(var_96, var_97, var_87);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_100 = wp::extract(var_8, var_99);
    var_101 = wp::mul(var_100, var_94);
    var_103 = wp::extract(var_8, var_102);
    var_104 = wp::mul(var_103, var_98);
    var_105 = wp::vec_t<2, wp::float32>(var_101, var_104);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_106 = &((var_2).pos);
    var_107 = wp::mul(var_5, var_105);
    var_109 = wp::load(var_106);
    var_108 = wp::add(var_109, var_107);
    wp::array_store(var_corners, var_0, var_85, var_108);
}



void box_corners_c4119a63_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
    bool var_13;
    const wp::int32 var_14 = 1;
    bool var_15;
    const wp::int32 var_16 = 2;
    bool var_17;
    const wp::float32 var_18 = -1.0;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    bool var_21;
    const wp::float32 var_22 = -1.0;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::float32>* var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    wp::vec_t<2, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    const wp::float32 var_36 = 1.0;
    const wp::float32 var_37 = 1.0;
    bool var_38;
    const wp::int32 var_39 = 1;
    bool var_40;
    const wp::int32 var_41 = 2;
    bool var_42;
    const wp::float32 var_43 = -1.0;
    wp::float32 var_44;
    const wp::int32 var_45 = 2;
    bool var_46;
    const wp::float32 var_47 = -1.0;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 1;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32>* var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32> var_58;
    wp::vec_t<2, wp::float32> var_59;
    const wp::int32 var_60 = 2;
    const wp::float32 var_61 = 1.0;
    const wp::float32 var_62 = 1.0;
    bool var_63;
    const wp::int32 var_64 = 1;
    bool var_65;
    const wp::int32 var_66 = 2;
    bool var_67;
    const wp::float32 var_68 = -1.0;
    wp::float32 var_69;
    const wp::int32 var_70 = 2;
    bool var_71;
    const wp::float32 var_72 = -1.0;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::vec_t<2, wp::float32> var_80;
    wp::vec_t<2, wp::float32>* var_81;
    wp::vec_t<2, wp::float32> var_82;
    wp::vec_t<2, wp::float32> var_83;
    wp::vec_t<2, wp::float32> var_84;
    const wp::int32 var_85 = 3;
    const wp::float32 var_86 = 1.0;
    const wp::float32 var_87 = 1.0;
    bool var_88;
    const wp::int32 var_89 = 1;
    bool var_90;
    const wp::int32 var_91 = 2;
    bool var_92;
    const wp::float32 var_93 = -1.0;
    wp::float32 var_94;
    const wp::int32 var_95 = 2;
    bool var_96;
    const wp::float32 var_97 = -1.0;
    wp::float32 var_98;
    const wp::int32 var_99 = 0;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::int32 var_102 = 1;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::vec_t<2, wp::float32> var_105;
    wp::vec_t<2, wp::float32>* var_106;
    wp::vec_t<2, wp::float32> var_107;
    wp::vec_t<2, wp::float32> var_108;
    wp::vec_t<2, wp::float32> var_109;
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
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::vec_t<2, wp::float32> adj_33 = {};
    wp::vec_t<2, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::int32 adj_39 = {};
    bool adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
    wp::vec_t<2, wp::float32> adj_56 = {};
    wp::vec_t<2, wp::float32> adj_57 = {};
    wp::vec_t<2, wp::float32> adj_58 = {};
    wp::vec_t<2, wp::float32> adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    bool adj_63 = {};
    wp::int32 adj_64 = {};
    bool adj_65 = {};
    wp::int32 adj_66 = {};
    bool adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::int32 adj_70 = {};
    bool adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::vec_t<2, wp::float32> adj_80 = {};
    wp::vec_t<2, wp::float32> adj_81 = {};
    wp::vec_t<2, wp::float32> adj_82 = {};
    wp::vec_t<2, wp::float32> adj_83 = {};
    wp::vec_t<2, wp::float32> adj_84 = {};
    wp::int32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    bool adj_88 = {};
    wp::int32 adj_89 = {};
    bool adj_90 = {};
    wp::int32 adj_91 = {};
    bool adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::int32 adj_95 = {};
    bool adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::vec_t<2, wp::float32> adj_105 = {};
    wp::vec_t<2, wp::float32> adj_106 = {};
    wp::vec_t<2, wp::float32> adj_107 = {};
    wp::vec_t<2, wp::float32> adj_108 = {};
    wp::vec_t<2, wp::float32> adj_109 = {};
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
    var_4 = &((var_2).angle);
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
    var_15 = (var_10 == var_14);
    var_13 = var_15;
    if (!var_13) {
        var_17 = (var_10 == var_16);
        var_13 = var_13 || var_17;
    }
    if (var_13) {
        // sx = -1.0                                                                          <L 57>
    }
    var_19 = wp::where(var_13, var_18, var_11);
    // if k >= 2:                                                                             <L 58>
    var_21 = (var_10 >= var_20);
    if (var_21) {
        // sy = -1.0                                                                          <L 59>
    }
    var_23 = wp::where(var_21, var_22, var_12);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_25 = wp::extract(var_8, var_24);
    var_26 = wp::mul(var_25, var_19);
    var_28 = wp::extract(var_8, var_27);
    var_29 = wp::mul(var_28, var_23);
    var_30 = wp::vec_t<2, wp::float32>(var_26, var_29);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_31 = &((var_2).pos);
    var_32 = wp::mul(var_5, var_30);
    var_34 = wp::load(var_31);
    var_33 = wp::add(var_34, var_32);
    // wp::array_store(var_corners, var_0, var_10, var_33);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_40 = (var_35 == var_39);
    var_38 = var_40;
    if (!var_38) {
        var_42 = (var_35 == var_41);
        var_38 = var_38 || var_42;
    }
    if (var_38) {
        // sx = -1.0                                                                          <L 57>
    }
    var_44 = wp::where(var_38, var_43, var_36);
    // if k >= 2:                                                                             <L 58>
    var_46 = (var_35 >= var_45);
    if (var_46) {
        // sy = -1.0                                                                          <L 59>
    }
    var_48 = wp::where(var_46, var_47, var_37);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_50 = wp::extract(var_8, var_49);
    var_51 = wp::mul(var_50, var_44);
    var_53 = wp::extract(var_8, var_52);
    var_54 = wp::mul(var_53, var_48);
    var_55 = wp::vec_t<2, wp::float32>(var_51, var_54);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_56 = &((var_2).pos);
    var_57 = wp::mul(var_5, var_55);
    var_59 = wp::load(var_56);
    var_58 = wp::add(var_59, var_57);
    // wp::array_store(var_corners, var_0, var_35, var_58);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_65 = (var_60 == var_64);
    var_63 = var_65;
    if (!var_63) {
        var_67 = (var_60 == var_66);
        var_63 = var_63 || var_67;
    }
    if (var_63) {
        // sx = -1.0                                                                          <L 57>
    }
    var_69 = wp::where(var_63, var_68, var_61);
    // if k >= 2:                                                                             <L 58>
    var_71 = (var_60 >= var_70);
    if (var_71) {
        // sy = -1.0                                                                          <L 59>
    }
    var_73 = wp::where(var_71, var_72, var_62);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_75 = wp::extract(var_8, var_74);
    var_76 = wp::mul(var_75, var_69);
    var_78 = wp::extract(var_8, var_77);
    var_79 = wp::mul(var_78, var_73);
    var_80 = wp::vec_t<2, wp::float32>(var_76, var_79);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_81 = &((var_2).pos);
    var_82 = wp::mul(var_5, var_80);
    var_84 = wp::load(var_81);
    var_83 = wp::add(var_84, var_82);
    // wp::array_store(var_corners, var_0, var_60, var_83);
    // sx = 1.0                                                                               <L 54>
    // sy = 1.0                                                                               <L 55>
    // if k == 1 or k == 2:                                                                   <L 56>
    var_90 = (var_85 == var_89);
    var_88 = var_90;
    if (!var_88) {
        var_92 = (var_85 == var_91);
        var_88 = var_88 || var_92;
    }
    if (var_88) {
        // sx = -1.0                                                                          <L 57>
    }
    var_94 = wp::where(var_88, var_93, var_86);
    // if k >= 2:                                                                             <L 58>
    var_96 = (var_85 >= var_95);
    if (var_96) {
        // sy = -1.0                                                                          <L 59>
    }
    var_98 = wp::where(var_96, var_97, var_87);
    // local = wp.vec2(h[0] * sx, h[1] * sy)                                                  <L 60>
    var_100 = wp::extract(var_8, var_99);
    var_101 = wp::mul(var_100, var_94);
    var_103 = wp::extract(var_8, var_102);
    var_104 = wp::mul(var_103, var_98);
    var_105 = wp::vec_t<2, wp::float32>(var_101, var_104);
    // corners[i, k] = b.pos + R * local                                                      <L 61>
    var_106 = &((var_2).pos);
    var_107 = wp::mul(var_5, var_105);
    var_109 = wp::load(var_106);
    var_108 = wp::add(var_109, var_107);
    // wp::array_store(var_corners, var_0, var_85, var_108);
    //---------
    // reverse
    wp::adj_array_store(var_corners, var_0, var_85, var_108, adj_corners, adj_0, adj_85, adj_108);
    wp::adj_add(var_109, var_107, adj_106, adj_107, adj_108);
    wp::adj_mul(var_5, var_105, adj_5, adj_105, adj_107);
    adj_2.pos += adj_106;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_101, var_104, adj_101, adj_104, adj_105);
    wp::adj_mul(var_103, var_98, adj_103, adj_98, adj_104);
    wp::adj_extract(var_8, var_102, adj_8, adj_102, adj_103);
    wp::adj_mul(var_100, var_94, adj_100, adj_94, adj_101);
    wp::adj_extract(var_8, var_99, adj_8, adj_99, adj_100);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_96, var_97, var_87, adj_96, adj_97, adj_87, adj_98);
    if (var_96) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_88, var_93, var_86, adj_88, adj_93, adj_86, adj_94);
    if (var_88) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    if (!var_88) {
    }
    // adj: if k == 1 or k == 2:                                                              <L 56>
    // adj: sy = 1.0                                                                          <L 55>
    // adj: sx = 1.0                                                                          <L 54>
    wp::adj_array_store(var_corners, var_0, var_60, var_83, adj_corners, adj_0, adj_60, adj_83);
    wp::adj_add(var_84, var_82, adj_81, adj_82, adj_83);
    wp::adj_mul(var_5, var_80, adj_5, adj_80, adj_82);
    adj_2.pos += adj_81;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_76, var_79, adj_76, adj_79, adj_80);
    wp::adj_mul(var_78, var_73, adj_78, adj_73, adj_79);
    wp::adj_extract(var_8, var_77, adj_8, adj_77, adj_78);
    wp::adj_mul(var_75, var_69, adj_75, adj_69, adj_76);
    wp::adj_extract(var_8, var_74, adj_8, adj_74, adj_75);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_71, var_72, var_62, adj_71, adj_72, adj_62, adj_73);
    if (var_71) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_63, var_68, var_61, adj_63, adj_68, adj_61, adj_69);
    if (var_63) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    if (!var_63) {
    }
    // adj: if k == 1 or k == 2:                                                              <L 56>
    // adj: sy = 1.0                                                                          <L 55>
    // adj: sx = 1.0                                                                          <L 54>
    wp::adj_array_store(var_corners, var_0, var_35, var_58, adj_corners, adj_0, adj_35, adj_58);
    wp::adj_add(var_59, var_57, adj_56, adj_57, adj_58);
    wp::adj_mul(var_5, var_55, adj_5, adj_55, adj_57);
    adj_2.pos += adj_56;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_51, var_54, adj_51, adj_54, adj_55);
    wp::adj_mul(var_53, var_48, adj_53, adj_48, adj_54);
    wp::adj_extract(var_8, var_52, adj_8, adj_52, adj_53);
    wp::adj_mul(var_50, var_44, adj_50, adj_44, adj_51);
    wp::adj_extract(var_8, var_49, adj_8, adj_49, adj_50);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_46, var_47, var_37, adj_46, adj_47, adj_37, adj_48);
    if (var_46) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_38, var_43, var_36, adj_38, adj_43, adj_36, adj_44);
    if (var_38) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    if (!var_38) {
    }
    // adj: if k == 1 or k == 2:                                                              <L 56>
    // adj: sy = 1.0                                                                          <L 55>
    // adj: sx = 1.0                                                                          <L 54>
    wp::adj_array_store(var_corners, var_0, var_10, var_33, adj_corners, adj_0, adj_10, adj_33);
    wp::adj_add(var_34, var_32, adj_31, adj_32, adj_33);
    wp::adj_mul(var_5, var_30, adj_5, adj_30, adj_32);
    adj_2.pos += adj_31;
    // adj: corners[i, k] = b.pos + R * local                                                 <L 61>
    wp::adj_vec_t(var_26, var_29, adj_26, adj_29, adj_30);
    wp::adj_mul(var_28, var_23, adj_28, adj_23, adj_29);
    wp::adj_extract(var_8, var_27, adj_8, adj_27, adj_28);
    wp::adj_mul(var_25, var_19, adj_25, adj_19, adj_26);
    wp::adj_extract(var_8, var_24, adj_8, adj_24, adj_25);
    // adj: local = wp.vec2(h[0] * sx, h[1] * sy)                                             <L 60>
    wp::adj_where(var_21, var_22, var_12, adj_21, adj_22, adj_12, adj_23);
    if (var_21) {
        // adj: sy = -1.0                                                                     <L 59>
    }
    // adj: if k >= 2:                                                                        <L 58>
    wp::adj_where(var_13, var_18, var_11, adj_13, adj_18, adj_11, adj_19);
    if (var_13) {
        // adj: sx = -1.0                                                                     <L 57>
    }
    if (!var_13) {
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
    wp::launch_bounds_t<1> *dim,
    wp_args_box_corners_c4119a63 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        box_corners_c4119a63_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void box_corners_c4119a63_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_box_corners_c4119a63 *_wp_args,
    wp_args_box_corners_c4119a63 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        box_corners_c4119a63_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
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
    wp::launch_bounds_t<1> dim,
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
    bool var_23;
    const wp::int32 var_24 = 1;
    bool var_25;
    const wp::int32 var_26 = 2;
    bool var_27;
    const wp::float32 var_28 = -1.0;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    bool var_32;
    const wp::float32 var_33 = -1.0;
    const wp::float32 var_34 = 1.0;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<2, wp::float32> var_42;
    wp::vec_t<2, wp::float32> var_43;
    wp::vec_t<2, wp::float32>* var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32> var_46;
    const wp::int32 var_47 = 1;
    wp::float32 var_48;
    bool var_49;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::vec_t<2, wp::float32>* var_53;
    wp::vec_t<2, wp::float32> var_54;
    wp::float32* var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::float32 var_57;
    wp::vec_t<2, wp::float32> var_58;
    wp::vec_t<2, wp::float32> var_59;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.0;
    bool var_62;
    wp::float32 var_63;
    wp::float32* var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 1.0;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32* var_78;
    wp::float32* var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::vec_t<2, wp::float32> var_91;
    wp::vec_t<2, wp::float32> var_92;
    wp::vec_t<2, wp::float32> var_93;
    wp::vec_t<2, wp::float32>* var_94;
    wp::float32* var_95;
    wp::vec_t<2, wp::float32> var_96;
    wp::float32 var_97;
    wp::vec_t<2, wp::float32> var_98;
    wp::vec_t<2, wp::float32> var_99;
    wp::float32* var_100;
    wp::float32* var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    wp::vec_t<2, wp::float32>* var_107;
    const wp::int32 var_108 = 0;
    wp::float32 var_109;
    wp::vec_t<2, wp::float32> var_110;
    wp::vec_t<2, wp::float32>* var_111;
    const wp::int32 var_112 = 1;
    wp::float32 var_113;
    wp::vec_t<2, wp::float32> var_114;
    const wp::int32 var_115 = 1;
    wp::float32 var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::vec_t<2, wp::float32> var_119;
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
    var_4 = &((var_2).inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 76>
        return;
    }
    // R = rotation2(b.angle)                                                                 <L 77>
    var_8 = &((var_2).angle);
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
        var_25 = (var_22 == var_24);
        var_23 = var_25;
        if (!var_23) {
            var_27 = (var_22 == var_26);
            var_23 = var_23 || var_27;
        }
        var_30 = wp::where(var_23, var_28, var_29);
        // sy = wp.where(k >= 2, -1.0, 1.0)                                                   <L 83>
        var_32 = (var_22 >= var_31);
        var_35 = wp::where(var_32, var_33, var_34);
        // r = R * wp.vec2(h[0] * sx, h[1] * sy)                                              <L 84>
        var_37 = wp::extract(var_12, var_36);
        var_38 = wp::mul(var_37, var_30);
        var_40 = wp::extract(var_12, var_39);
        var_41 = wp::mul(var_40, var_35);
        var_42 = wp::vec_t<2, wp::float32>(var_38, var_41);
        var_43 = wp::mul(var_9, var_42);
        // p = b.pos + r                                                                      <L 85>
        var_44 = &((var_2).pos);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_46, var_43);
        // if p[1] >= ground_y:                                                               <L 86>
        var_48 = wp::extract(var_45, var_47);
        var_49 = (var_48 >= var_ground_y);
        if (var_49) {
            // continue                                                                       <L 87>
            goto start_for_1;
        }
        // wp.atomic_add(contacts, 0, 1)                                                      <L 88>
        var_52 = wp::atomic_add(var_contacts, var_50, var_51);
        // v = b.vel + perp(r) * b.omega                                                      <L 89>
        var_53 = &((var_2).vel);
        var_54 = perp_0(var_43);
        var_55 = &((var_2).omega);
        var_57 = wp::load(var_55);
        var_56 = wp::mul(var_54, var_57);
        var_59 = wp::load(var_53);
        var_58 = wp::add(var_59, var_56);
        // vn = wp.dot(v, n)                                                                  <L 90>
        var_60 = wp::dot(var_58, var_16);
        // if vn >= 0.0:                                                                      <L 91>
        var_62 = (var_60 >= var_61);
        if (var_62) {
            // continue                                                                       <L 92>
            goto start_for_1;
        }
        // rn = cross2(r, n)                                                                  <L 93>
        var_63 = cross2_0(var_43, var_16);
        // k_n = b.inv_mass + b.inv_inertia * rn * rn                                         <L 94>
        var_64 = &((var_2).inv_mass);
        var_65 = &((var_2).inv_inertia);
        var_67 = wp::load(var_65);
        var_66 = wp::mul(var_67, var_63);
        var_68 = wp::mul(var_66, var_63);
        var_70 = wp::load(var_64);
        var_69 = wp::add(var_70, var_68);
        // jn = -(1.0 + restitution) * vn / k_n                                               <L 95>
        var_72 = wp::add(var_71, var_restitution);
        var_73 = wp::neg(var_72);
        var_74 = wp::mul(var_73, var_60);
        var_75 = wp::div(var_74, var_69);
        // vt = wp.dot(v, t)                                                                  <L 96>
        var_76 = wp::dot(var_58, var_19);
        // rt = cross2(r, t)                                                                  <L 97>
        var_77 = cross2_0(var_43, var_19);
        // k_t = b.inv_mass + b.inv_inertia * rt * rt                                         <L 98>
        var_78 = &((var_2).inv_mass);
        var_79 = &((var_2).inv_inertia);
        var_81 = wp::load(var_79);
        var_80 = wp::mul(var_81, var_77);
        var_82 = wp::mul(var_80, var_77);
        var_84 = wp::load(var_78);
        var_83 = wp::add(var_84, var_82);
        // jt = wp.clamp(-vt / k_t, -friction * jn, friction * jn)                            <L 99>
        var_85 = wp::neg(var_76);
        var_86 = wp::div(var_85, var_83);
        var_87 = wp::neg(var_friction);
        var_88 = wp::mul(var_87, var_75);
        var_89 = wp::mul(var_friction, var_75);
        var_90 = wp::clamp(var_86, var_88, var_89);
        // impulse = n * jn + t * jt                                                          <L 100>
        var_91 = wp::mul(var_16, var_75);
        var_92 = wp::mul(var_19, var_90);
        var_93 = wp::add(var_91, var_92);
        // b.vel = b.vel + impulse * b.inv_mass                                               <L 101>
        var_94 = &((var_2).vel);
        var_95 = &((var_2).inv_mass);
        var_97 = wp::load(var_95);
        var_96 = wp::mul(var_93, var_97);
        var_99 = wp::load(var_94);
        var_98 = wp::add(var_99, var_96);
        var_2.vel = var_98;
        // b.omega = b.omega + b.inv_inertia * cross2(r, impulse)                             <L 102>
        var_100 = &((var_2).omega);
        var_101 = &((var_2).inv_inertia);
        var_102 = cross2_0(var_43, var_93);
        var_104 = wp::load(var_101);
        var_103 = wp::mul(var_104, var_102);
        var_106 = wp::load(var_100);
        var_105 = wp::add(var_106, var_103);
        var_2.omega = var_105;
        // b.pos = wp.vec2(b.pos[0], b.pos[1] + (ground_y - p[1]))                            <L 103>
        var_107 = &((var_2).pos);
        var_110 = wp::load(var_107);
        var_109 = wp::extract(var_110, var_108);
        var_111 = &((var_2).pos);
        var_114 = wp::load(var_111);
        var_113 = wp::extract(var_114, var_112);
        var_116 = wp::extract(var_45, var_115);
        var_117 = wp::sub(var_ground_y, var_116);
        var_118 = wp::add(var_113, var_117);
        var_119 = wp::vec_t<2, wp::float32>(var_109, var_118);
        var_2.pos = var_119;
        goto start_for_1;
    end_for_1:;
    // bodies[i] = b                                                                          <L 104>
    wp::array_store(var_bodies, var_0, var_2);
}



void ground_impulses_70223b38_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
    bool var_23;
    const wp::int32 var_24 = 1;
    bool var_25;
    const wp::int32 var_26 = 2;
    bool var_27;
    const wp::float32 var_28 = -1.0;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    bool var_32;
    const wp::float32 var_33 = -1.0;
    const wp::float32 var_34 = 1.0;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<2, wp::float32> var_42;
    wp::vec_t<2, wp::float32> var_43;
    wp::vec_t<2, wp::float32>* var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32> var_46;
    const wp::int32 var_47 = 1;
    wp::float32 var_48;
    bool var_49;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::vec_t<2, wp::float32>* var_53;
    wp::vec_t<2, wp::float32> var_54;
    wp::float32* var_55;
    wp::vec_t<2, wp::float32> var_56;
    wp::float32 var_57;
    wp::vec_t<2, wp::float32> var_58;
    wp::vec_t<2, wp::float32> var_59;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.0;
    bool var_62;
    wp::float32 var_63;
    wp::float32* var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 1.0;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32* var_78;
    wp::float32* var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::vec_t<2, wp::float32> var_91;
    wp::vec_t<2, wp::float32> var_92;
    wp::vec_t<2, wp::float32> var_93;
    wp::vec_t<2, wp::float32>* var_94;
    wp::float32* var_95;
    wp::vec_t<2, wp::float32> var_96;
    wp::float32 var_97;
    wp::vec_t<2, wp::float32> var_98;
    wp::vec_t<2, wp::float32> var_99;
    wp::float32* var_100;
    wp::float32* var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    wp::vec_t<2, wp::float32>* var_107;
    const wp::int32 var_108 = 0;
    wp::float32 var_109;
    wp::vec_t<2, wp::float32> var_110;
    wp::vec_t<2, wp::float32>* var_111;
    const wp::int32 var_112 = 1;
    wp::float32 var_113;
    wp::vec_t<2, wp::float32> var_114;
    const wp::int32 var_115 = 1;
    wp::float32 var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::vec_t<2, wp::float32> var_119;
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
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<2, wp::float32> adj_42 = {};
    wp::vec_t<2, wp::float32> adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::vec_t<2, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    bool adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::vec_t<2, wp::float32> adj_53 = {};
    wp::vec_t<2, wp::float32> adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<2, wp::float32> adj_56 = {};
    wp::float32 adj_57 = {};
    wp::vec_t<2, wp::float32> adj_58 = {};
    wp::vec_t<2, wp::float32> adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    bool adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
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
    wp::vec_t<2, wp::float32> adj_91 = {};
    wp::vec_t<2, wp::float32> adj_92 = {};
    wp::vec_t<2, wp::float32> adj_93 = {};
    wp::vec_t<2, wp::float32> adj_94 = {};
    wp::float32 adj_95 = {};
    wp::vec_t<2, wp::float32> adj_96 = {};
    wp::float32 adj_97 = {};
    wp::vec_t<2, wp::float32> adj_98 = {};
    wp::vec_t<2, wp::float32> adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::vec_t<2, wp::float32> adj_107 = {};
    wp::int32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::vec_t<2, wp::float32> adj_110 = {};
    wp::vec_t<2, wp::float32> adj_111 = {};
    wp::int32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::vec_t<2, wp::float32> adj_114 = {};
    wp::int32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::vec_t<2, wp::float32> adj_119 = {};
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
    var_4 = &((var_2).inv_mass);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 76>
        goto label0;
    }
    // R = rotation2(b.angle)                                                                 <L 77>
    var_8 = &((var_2).angle);
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
        // sx = wp.where(k == 1 or k == 2, -1.0, 1.0)                                         <L 82>
        var_25 = (var_22 == var_24);
        var_23 = var_25;
        if (!var_23) {
            var_27 = (var_22 == var_26);
            var_23 = var_23 || var_27;
        }
        var_30 = wp::where(var_23, var_28, var_29);
        // sy = wp.where(k >= 2, -1.0, 1.0)                                                   <L 83>
        var_32 = (var_22 >= var_31);
        var_35 = wp::where(var_32, var_33, var_34);
        // r = R * wp.vec2(h[0] * sx, h[1] * sy)                                              <L 84>
        var_37 = wp::extract(var_12, var_36);
        var_38 = wp::mul(var_37, var_30);
        var_40 = wp::extract(var_12, var_39);
        var_41 = wp::mul(var_40, var_35);
        var_42 = wp::vec_t<2, wp::float32>(var_38, var_41);
        var_43 = wp::mul(var_9, var_42);
        // p = b.pos + r                                                                      <L 85>
        var_44 = &((var_2).pos);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_46, var_43);
        // if p[1] >= ground_y:                                                               <L 86>
        var_48 = wp::extract(var_45, var_47);
        var_49 = (var_48 >= var_ground_y);
        if (var_49) {
            // continue                                                                       <L 87>
            goto start_for_1;
        }
        // wp.atomic_add(contacts, 0, 1)                                                      <L 88>
        // var_52 = wp::atomic_add(var_contacts, var_50, var_51);
        // v = b.vel + perp(r) * b.omega                                                      <L 89>
        var_53 = &((var_2).vel);
        var_54 = perp_0(var_43);
        var_55 = &((var_2).omega);
        var_57 = wp::load(var_55);
        var_56 = wp::mul(var_54, var_57);
        var_59 = wp::load(var_53);
        var_58 = wp::add(var_59, var_56);
        // vn = wp.dot(v, n)                                                                  <L 90>
        var_60 = wp::dot(var_58, var_16);
        // if vn >= 0.0:                                                                      <L 91>
        var_62 = (var_60 >= var_61);
        if (var_62) {
            // continue                                                                       <L 92>
            goto start_for_1;
        }
        // rn = cross2(r, n)                                                                  <L 93>
        var_63 = cross2_0(var_43, var_16);
        // k_n = b.inv_mass + b.inv_inertia * rn * rn                                         <L 94>
        var_64 = &((var_2).inv_mass);
        var_65 = &((var_2).inv_inertia);
        var_67 = wp::load(var_65);
        var_66 = wp::mul(var_67, var_63);
        var_68 = wp::mul(var_66, var_63);
        var_70 = wp::load(var_64);
        var_69 = wp::add(var_70, var_68);
        // jn = -(1.0 + restitution) * vn / k_n                                               <L 95>
        var_72 = wp::add(var_71, var_restitution);
        var_73 = wp::neg(var_72);
        var_74 = wp::mul(var_73, var_60);
        var_75 = wp::div(var_74, var_69);
        // vt = wp.dot(v, t)                                                                  <L 96>
        var_76 = wp::dot(var_58, var_19);
        // rt = cross2(r, t)                                                                  <L 97>
        var_77 = cross2_0(var_43, var_19);
        // k_t = b.inv_mass + b.inv_inertia * rt * rt                                         <L 98>
        var_78 = &((var_2).inv_mass);
        var_79 = &((var_2).inv_inertia);
        var_81 = wp::load(var_79);
        var_80 = wp::mul(var_81, var_77);
        var_82 = wp::mul(var_80, var_77);
        var_84 = wp::load(var_78);
        var_83 = wp::add(var_84, var_82);
        // jt = wp.clamp(-vt / k_t, -friction * jn, friction * jn)                            <L 99>
        var_85 = wp::neg(var_76);
        var_86 = wp::div(var_85, var_83);
        var_87 = wp::neg(var_friction);
        var_88 = wp::mul(var_87, var_75);
        var_89 = wp::mul(var_friction, var_75);
        var_90 = wp::clamp(var_86, var_88, var_89);
        // impulse = n * jn + t * jt                                                          <L 100>
        var_91 = wp::mul(var_16, var_75);
        var_92 = wp::mul(var_19, var_90);
        var_93 = wp::add(var_91, var_92);
        // b.vel = b.vel + impulse * b.inv_mass                                               <L 101>
        var_94 = &((var_2).vel);
        var_95 = &((var_2).inv_mass);
        var_97 = wp::load(var_95);
        var_96 = wp::mul(var_93, var_97);
        var_99 = wp::load(var_94);
        var_98 = wp::add(var_99, var_96);
        var_2.vel = var_98;
        // b.omega = b.omega + b.inv_inertia * cross2(r, impulse)                             <L 102>
        var_100 = &((var_2).omega);
        var_101 = &((var_2).inv_inertia);
        var_102 = cross2_0(var_43, var_93);
        var_104 = wp::load(var_101);
        var_103 = wp::mul(var_104, var_102);
        var_106 = wp::load(var_100);
        var_105 = wp::add(var_106, var_103);
        var_2.omega = var_105;
        // b.pos = wp.vec2(b.pos[0], b.pos[1] + (ground_y - p[1]))                            <L 103>
        var_107 = &((var_2).pos);
        var_110 = wp::load(var_107);
        var_109 = wp::extract(var_110, var_108);
        var_111 = &((var_2).pos);
        var_114 = wp::load(var_111);
        var_113 = wp::extract(var_114, var_112);
        var_116 = wp::extract(var_45, var_115);
        var_117 = wp::sub(var_ground_y, var_116);
        var_118 = wp::add(var_113, var_117);
        var_119 = wp::vec_t<2, wp::float32>(var_109, var_118);
        var_2.pos = var_119;
        adj_119 += adj_2.pos;
        adj_2.pos = {};
        wp::adj_vec_t(var_109, var_118, adj_109, adj_118, adj_119);
        wp::adj_add(var_113, var_117, adj_113, adj_117, adj_118);
        wp::adj_sub(var_ground_y, var_116, adj_ground_y, adj_116, adj_117);
        wp::adj_extract(var_45, var_115, adj_45, adj_115, adj_116);
        wp::adj_extract(var_114, var_112, adj_111, adj_112, adj_113);
        adj_2.pos += adj_111;
        wp::adj_extract(var_110, var_108, adj_107, adj_108, adj_109);
        adj_2.pos += adj_107;
        // adj: b.pos = wp.vec2(b.pos[0], b.pos[1] + (ground_y - p[1]))                       <L 103>
        adj_105 += adj_2.omega;
        adj_2.omega = {};
        wp::adj_add(var_106, var_103, adj_100, adj_103, adj_105);
        wp::adj_mul(var_104, var_102, adj_101, adj_102, adj_103);
        adj_cross2_0(var_43, var_93, adj_43, adj_93, adj_102);
        adj_2.inv_inertia += adj_101;
        adj_2.omega += adj_100;
        // adj: b.omega = b.omega + b.inv_inertia * cross2(r, impulse)                        <L 102>
        adj_98 += adj_2.vel;
        adj_2.vel = {};
        wp::adj_add(var_99, var_96, adj_94, adj_96, adj_98);
        wp::adj_mul(var_93, var_97, adj_93, adj_95, adj_96);
        adj_2.inv_mass += adj_95;
        adj_2.vel += adj_94;
        // adj: b.vel = b.vel + impulse * b.inv_mass                                          <L 101>
        wp::adj_add(var_91, var_92, adj_91, adj_92, adj_93);
        wp::adj_mul(var_19, var_90, adj_19, adj_90, adj_92);
        wp::adj_mul(var_16, var_75, adj_16, adj_75, adj_91);
        // adj: impulse = n * jn + t * jt                                                     <L 100>
        wp::adj_clamp(var_86, var_88, var_89, adj_86, adj_88, adj_89, adj_90);
        wp::adj_mul(var_friction, var_75, adj_friction, adj_75, adj_89);
        wp::adj_mul(var_87, var_75, adj_87, adj_75, adj_88);
        wp::adj_neg(var_friction, adj_friction, adj_87);
        wp::adj_div(var_85, var_83, var_86, adj_85, adj_83, adj_86);
        wp::adj_neg(var_76, adj_76, adj_85);
        // adj: jt = wp.clamp(-vt / k_t, -friction * jn, friction * jn)                       <L 99>
        wp::adj_add(var_84, var_82, adj_78, adj_82, adj_83);
        wp::adj_mul(var_80, var_77, adj_80, adj_77, adj_82);
        wp::adj_mul(var_81, var_77, adj_79, adj_77, adj_80);
        adj_2.inv_inertia += adj_79;
        adj_2.inv_mass += adj_78;
        // adj: k_t = b.inv_mass + b.inv_inertia * rt * rt                                    <L 98>
        adj_cross2_0(var_43, var_19, adj_43, adj_19, adj_77);
        // adj: rt = cross2(r, t)                                                             <L 97>
        wp::adj_dot(var_58, var_19, adj_58, adj_19, adj_76);
        // adj: vt = wp.dot(v, t)                                                             <L 96>
        wp::adj_div(var_74, var_69, var_75, adj_74, adj_69, adj_75);
        wp::adj_mul(var_73, var_60, adj_73, adj_60, adj_74);
        wp::adj_neg(var_72, adj_72, adj_73);
        wp::adj_add(var_71, var_restitution, adj_71, adj_restitution, adj_72);
        // adj: jn = -(1.0 + restitution) * vn / k_n                                          <L 95>
        wp::adj_add(var_70, var_68, adj_64, adj_68, adj_69);
        wp::adj_mul(var_66, var_63, adj_66, adj_63, adj_68);
        wp::adj_mul(var_67, var_63, adj_65, adj_63, adj_66);
        adj_2.inv_inertia += adj_65;
        adj_2.inv_mass += adj_64;
        // adj: k_n = b.inv_mass + b.inv_inertia * rn * rn                                    <L 94>
        adj_cross2_0(var_43, var_16, adj_43, adj_16, adj_63);
        // adj: rn = cross2(r, n)                                                             <L 93>
        if (var_62) {
            // adj: continue                                                                  <L 92>
        }
        // adj: if vn >= 0.0:                                                                 <L 91>
        wp::adj_dot(var_58, var_16, adj_58, adj_16, adj_60);
        // adj: vn = wp.dot(v, n)                                                             <L 90>
        wp::adj_add(var_59, var_56, adj_53, adj_56, adj_58);
        wp::adj_mul(var_54, var_57, adj_54, adj_55, adj_56);
        adj_2.omega += adj_55;
        adj_perp_0(var_43, adj_43, adj_54);
        adj_2.vel += adj_53;
        // adj: v = b.vel + perp(r) * b.omega                                                 <L 89>
        wp::adj_atomic_add(var_contacts, var_50, var_51, adj_contacts, adj_50, adj_51, adj_52);
        // adj: wp.atomic_add(contacts, 0, 1)                                                 <L 88>
        if (var_49) {
            // adj: continue                                                                  <L 87>
        }
        wp::adj_extract(var_45, var_47, adj_45, adj_47, adj_48);
        // adj: if p[1] >= ground_y:                                                          <L 86>
        wp::adj_add(var_46, var_43, adj_44, adj_43, adj_45);
        adj_2.pos += adj_44;
        // adj: p = b.pos + r                                                                 <L 85>
        wp::adj_mul(var_9, var_42, adj_9, adj_42, adj_43);
        wp::adj_vec_t(var_38, var_41, adj_38, adj_41, adj_42);
        wp::adj_mul(var_40, var_35, adj_40, adj_35, adj_41);
        wp::adj_extract(var_12, var_39, adj_12, adj_39, adj_40);
        wp::adj_mul(var_37, var_30, adj_37, adj_30, adj_38);
        wp::adj_extract(var_12, var_36, adj_12, adj_36, adj_37);
        // adj: r = R * wp.vec2(h[0] * sx, h[1] * sy)                                         <L 84>
        wp::adj_where(var_32, var_33, var_34, adj_32, adj_33, adj_34, adj_35);
        // adj: sy = wp.where(k >= 2, -1.0, 1.0)                                              <L 83>
        wp::adj_where(var_23, var_28, var_29, adj_23, adj_28, adj_29, adj_30);
        if (!var_23) {
        }
        // adj: sx = wp.where(k == 1 or k == 2, -1.0, 1.0)                                    <L 82>
    	goto start_for_1;
    end_for_1:;
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
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_impulses_70223b38 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_impulses_70223b38_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ground_impulses_70223b38_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_impulses_70223b38 *_wp_args,
    wp_args_ground_impulses_70223b38 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_impulses_70223b38_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> *dim,
    wp_args_strain_2d_50aa1875 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        strain_2d_50aa1875_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void strain_2d_50aa1875_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_strain_2d_50aa1875 *_wp_args,
    wp_args_strain_2d_50aa1875 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        strain_2d_50aa1875_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

