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


struct RodSegment_f41560d8
{
    wp::int32 i0;
    wp::int32 i1;
    wp::float32 rest_length;
    wp::float32 stiffness;


    RodSegment_f41560d8() = default;
    CUDA_CALLABLE RodSegment_f41560d8(wp::int32 const& i0,
    wp::int32 const& i1 = {},
    wp::float32 const& rest_length = {},
    wp::float32 const& stiffness = {})
        : i0{i0}
        , i1{i1}
        , rest_length{rest_length}
        , stiffness{stiffness}

    {
    }

    CUDA_CALLABLE RodSegment_f41560d8& operator += (const RodSegment_f41560d8& rhs)
    {    i0 += rhs.i0;
    i1 += rhs.i1;
    rest_length += rhs.rest_length;
    stiffness += rhs.stiffness;

        return *this;}

};

static CUDA_CALLABLE void adj_RodSegment_f41560d8(wp::int32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 & adj_i0,
    wp::int32 & adj_i1,
    wp::float32 & adj_rest_length,
    wp::float32 & adj_stiffness,
    RodSegment_f41560d8 & adj_ret)
{
    adj_i0 += adj_ret.i0;
    adj_i1 += adj_ret.i1;
    adj_rest_length += adj_ret.rest_length;
    adj_stiffness += adj_ret.stiffness;
}

// Required when compiling adjoints.
CUDA_CALLABLE RodSegment_f41560d8 add(const RodSegment_f41560d8& a, const RodSegment_f41560d8& b)
{
    return RodSegment_f41560d8();
}

CUDA_CALLABLE void adj_atomic_add(RodSegment_f41560d8* p, RodSegment_f41560d8 t)
{
    wp::adj_atomic_add(&p->i0, t.i0);
    wp::adj_atomic_add(&p->i1, t.i1);
    wp::adj_atomic_add(&p->rest_length, t.rest_length);
    wp::adj_atomic_add(&p->stiffness, t.stiffness);
}




struct Material_c66e3da4
{
    wp::float32 density;
    wp::float32 damping;
    wp::float32 friction;


    Material_c66e3da4() = default;
    CUDA_CALLABLE Material_c66e3da4(wp::float32 const& density,
    wp::float32 const& damping = {},
    wp::float32 const& friction = {})
        : density{density}
        , damping{damping}
        , friction{friction}

    {
    }

    CUDA_CALLABLE Material_c66e3da4& operator += (const Material_c66e3da4& rhs)
    {    density += rhs.density;
    damping += rhs.damping;
    friction += rhs.friction;

        return *this;}

};

static CUDA_CALLABLE void adj_Material_c66e3da4(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_density,
    wp::float32 & adj_damping,
    wp::float32 & adj_friction,
    Material_c66e3da4 & adj_ret)
{
    adj_density += adj_ret.density;
    adj_damping += adj_ret.damping;
    adj_friction += adj_ret.friction;
}

// Required when compiling adjoints.
CUDA_CALLABLE Material_c66e3da4 add(const Material_c66e3da4& a, const Material_c66e3da4& b)
{
    return Material_c66e3da4();
}

CUDA_CALLABLE void adj_atomic_add(Material_c66e3da4* p, Material_c66e3da4 t)
{
    wp::adj_atomic_add(&p->density, t.density);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->friction, t.friction);
}




struct RodSystem_c19878b4
{
    wp::array_t<RodSegment_f41560d8> segments;
    Material_c66e3da4 mat;
    wp::vec_t<3, wp::float32> gravity;


    RodSystem_c19878b4() = default;
    CUDA_CALLABLE RodSystem_c19878b4(wp::array_t<RodSegment_f41560d8> const& segments,
    Material_c66e3da4 const& mat = {},
    wp::vec_t<3, wp::float32> const& gravity = {})
        : segments{segments}
        , mat{mat}
        , gravity{gravity}

    {
    }

    CUDA_CALLABLE RodSystem_c19878b4& operator += (const RodSystem_c19878b4& rhs)
    {    mat += rhs.mat;
    gravity += rhs.gravity;

        return *this;}

};

static CUDA_CALLABLE void adj_RodSystem_c19878b4(wp::array_t<RodSegment_f41560d8> const&,
    Material_c66e3da4 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::array_t<RodSegment_f41560d8> & adj_segments,
    Material_c66e3da4 & adj_mat,
    wp::vec_t<3, wp::float32> & adj_gravity,
    RodSystem_c19878b4 & adj_ret)
{
    adj_segments = adj_ret.segments;
    adj_mat += adj_ret.mat;
    adj_gravity += adj_ret.gravity;
}

// Required when compiling adjoints.
CUDA_CALLABLE RodSystem_c19878b4 add(const RodSystem_c19878b4& a, const RodSystem_c19878b4& b)
{
    return RodSystem_c19878b4();
}

CUDA_CALLABLE void adj_atomic_add(RodSystem_c19878b4* p, RodSystem_c19878b4 t)
{
    wp::adj_atomic_add(&p->segments, t.segments);
    adj_atomic_add(&p->mat, t.mat);
    wp::adj_atomic_add(&p->gravity, t.gravity);
}




// corpus/121_xpbd_rods_struct_system.py:29
static void safe_normalize_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_eps,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def safe_normalize(v: wp.vec3, eps: float):                                            <L 30>
    // l = wp.length(v)                                                                       <L 31>
    var_0 = wp::length(var_v);
    // if l < eps:                                                                            <L 32>
    var_1 = (var_0 < var_eps);
    if (var_1) {
        // return wp.vec3(0.0, 0.0, 0.0), 0.0                                                 <L 33>
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        ret_0 = var_5;
        ret_1 = var_6;
        return;
    }
    // return v / l, l                                                                        <L 34>
    var_7 = wp::div(var_v, var_0);
    ret_0 = var_7;
    ret_1 = var_0;
    return;
}


// corpus/121_xpbd_rods_struct_system.py:37
static wp::float32 xpbd_delta_0(
    wp::float32 var_c,
    wp::float32 var_w0,
    wp::float32 var_w1,
    wp::float32 var_alpha,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def xpbd_delta(c: float, w0: float, w1: float, alpha: float, dt: float) -> float:       <L 38>
    // wsum = w0 + w1 + alpha / (dt * dt)                                                     <L 39>
    var_0 = wp::add(var_w0, var_w1);
    var_1 = wp::mul(var_dt, var_dt);
    var_2 = wp::div(var_alpha, var_1);
    var_3 = wp::add(var_0, var_2);
    // if wsum <= 0.0:                                                                        <L 40>
    var_5 = (var_3 <= var_4);
    if (var_5) {
        // return 0.0                                                                         <L 41>
        return var_6;
    }
    // return -c / wsum                                                                       <L 42>
    var_7 = wp::neg(var_c);
    var_8 = wp::div(var_7, var_3);
    return var_8;
}


// corpus/121_xpbd_rods_struct_system.py:29
static void adj_safe_normalize_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_eps,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_eps,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def safe_normalize(v: wp.vec3, eps: float):                                            <L 30>
    // l = wp.length(v)                                                                       <L 31>
    var_0 = wp::length(var_v);
    // if l < eps:                                                                            <L 32>
    var_1 = (var_0 < var_eps);
    if (var_1) {
        // return wp.vec3(0.0, 0.0, 0.0), 0.0                                                 <L 33>
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        ret_0 = var_5;
        ret_1 = var_6;
        goto label0;
    }
    // return v / l, l                                                                        <L 34>
    var_7 = wp::div(var_v, var_0);
    ret_0 = var_7;
    ret_1 = var_0;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_0 += adj_ret_1;
    adj_7 += adj_ret_0;
    wp::adj_div(var_v, var_0, adj_v, adj_0, adj_7);
    // adj: return v / l, l                                                                   <L 34>
    if (var_1) {
        label0:;
        adj_6 += adj_ret_1;
        adj_5 += adj_ret_0;
        wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
        // adj: return wp.vec3(0.0, 0.0, 0.0), 0.0                                            <L 33>
    }
    // adj: if l < eps:                                                                       <L 32>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: l = wp.length(v)                                                                  <L 31>
    // adj: def safe_normalize(v: wp.vec3, eps: float):                                       <L 30>
    return;
}


// corpus/121_xpbd_rods_struct_system.py:37
static void adj_xpbd_delta_0(
    wp::float32 var_c,
    wp::float32 var_w0,
    wp::float32 var_w1,
    wp::float32 var_alpha,
    wp::float32 var_dt,
    wp::float32 & adj_c,
    wp::float32 & adj_w0,
    wp::float32 & adj_w1,
    wp::float32 & adj_alpha,
    wp::float32 & adj_dt,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def xpbd_delta(c: float, w0: float, w1: float, alpha: float, dt: float) -> float:       <L 38>
    // wsum = w0 + w1 + alpha / (dt * dt)                                                     <L 39>
    var_0 = wp::add(var_w0, var_w1);
    var_1 = wp::mul(var_dt, var_dt);
    var_2 = wp::div(var_alpha, var_1);
    var_3 = wp::add(var_0, var_2);
    // if wsum <= 0.0:                                                                        <L 40>
    var_5 = (var_3 <= var_4);
    if (var_5) {
        // return 0.0                                                                         <L 41>
        goto label0;
    }
    // return -c / wsum                                                                       <L 42>
    var_7 = wp::neg(var_c);
    var_8 = wp::div(var_7, var_3);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_8 += adj_ret;
    wp::adj_div(var_7, var_3, var_8, adj_7, adj_3, adj_8);
    wp::adj_neg(var_c, adj_c, adj_7);
    // adj: return -c / wsum                                                                  <L 42>
    if (var_5) {
        label0:;
        adj_6 += adj_ret;
        // adj: return 0.0                                                                    <L 41>
    }
    // adj: if wsum <= 0.0:                                                                   <L 40>
    wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_div(var_alpha, var_1, var_2, adj_alpha, adj_1, adj_2);
    wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_1);
    wp::adj_add(var_w0, var_w1, adj_w0, adj_w1, adj_0);
    // adj: wsum = w0 + w1 + alpha / (dt * dt)                                                <L 39>
    // adj: def xpbd_delta(c: float, w0: float, w1: float, alpha: float, dt: float) -> float:  <L 38>
    return;
}

struct wp_args_predict_9cb1c22a {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> inv_mass;
    RodSystem_c19878b4 sys;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> x_pred;
};


void predict_9cb1c22a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_predict_9cb1c22a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    RodSystem_c19878b4 var_sys = _wp_args->sys;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 1.0;
    Material_c66e3da4* var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // forward
    // def predict(                                                                           <L 46>
    // tid = wp.tid()                                                                         <L 54>
    var_0 = builtin_tid1d();
    // w = inv_mass[tid]                                                                      <L 55>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 56>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if w > 0.0:                                                                            <L 57>
    var_8 = (var_2 > var_7);
    if (var_8) {
        // vel = vel + sys.gravity * dt                                                       <L 58>
        var_9 = &((var_sys).gravity);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_dt);
        var_12 = wp::add(var_5, var_10);
        // vel = vel * (1.0 - sys.mat.damping * dt)                                           <L 59>
        var_14 = &((var_sys).mat);
        var_15 = &(((var_sys).mat).damping);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_dt);
        var_18 = wp::sub(var_13, var_16);
        var_19 = wp::mul(var_12, var_18);
    }
    var_20 = wp::where(var_8, var_19, var_5);
    // x_pred[tid] = x[tid] + vel * dt                                                        <L 60>
    var_21 = wp::address(var_x, var_0);
    var_22 = wp::mul(var_20, var_dt);
    var_24 = wp::load(var_21);
    var_23 = wp::add(var_24, var_22);
    wp::array_store(var_x_pred, var_0, var_23);
}



void predict_9cb1c22a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_predict_9cb1c22a *_wp_args,
    wp_args_predict_9cb1c22a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    RodSystem_c19878b4 var_sys = _wp_args->sys;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    RodSystem_c19878b4 adj_sys = _wp_adj_args->sys;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_pred = _wp_adj_args->x_pred;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 1.0;
    Material_c66e3da4* var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    Material_c66e3da4 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    //---------
    // forward
    // def predict(                                                                           <L 46>
    // tid = wp.tid()                                                                         <L 54>
    var_0 = builtin_tid1d();
    // w = inv_mass[tid]                                                                      <L 55>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 56>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if w > 0.0:                                                                            <L 57>
    var_8 = (var_2 > var_7);
    if (var_8) {
        // vel = vel + sys.gravity * dt                                                       <L 58>
        var_9 = &((var_sys).gravity);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_dt);
        var_12 = wp::add(var_5, var_10);
        // vel = vel * (1.0 - sys.mat.damping * dt)                                           <L 59>
        var_14 = &((var_sys).mat);
        var_15 = &(((var_sys).mat).damping);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_dt);
        var_18 = wp::sub(var_13, var_16);
        var_19 = wp::mul(var_12, var_18);
    }
    var_20 = wp::where(var_8, var_19, var_5);
    // x_pred[tid] = x[tid] + vel * dt                                                        <L 60>
    var_21 = wp::address(var_x, var_0);
    var_22 = wp::mul(var_20, var_dt);
    var_24 = wp::load(var_21);
    var_23 = wp::add(var_24, var_22);
    // wp::array_store(var_x_pred, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_x_pred, var_0, var_23, adj_x_pred, adj_0, adj_23);
    wp::adj_add(var_24, var_22, adj_21, adj_22, adj_23);
    wp::adj_mul(var_20, var_dt, adj_20, adj_dt, adj_22);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_21);
    // adj: x_pred[tid] = x[tid] + vel * dt                                                   <L 60>
    wp::adj_where(var_8, var_19, var_5, adj_8, adj_19, adj_5, adj_20);
    if (var_8) {
        wp::adj_mul(var_12, var_18, adj_12, adj_18, adj_19);
        wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_18);
        wp::adj_mul(var_17, var_dt, adj_15, adj_dt, adj_16);
        adj_14.damping += adj_15;
        adj_sys.mat += adj_14;
        // adj: vel = vel * (1.0 - sys.mat.damping * dt)                                      <L 59>
        wp::adj_add(var_5, var_10, adj_5, adj_10, adj_12);
        wp::adj_mul(var_11, var_dt, adj_9, adj_dt, adj_10);
        adj_sys.gravity += adj_9;
        // adj: vel = vel + sys.gravity * dt                                                  <L 58>
    }
    // adj: if w > 0.0:                                                                       <L 57>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: vel = v[tid]                                                                      <L 56>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_1);
    // adj: w = inv_mass[tid]                                                                 <L 55>
    // adj: tid = wp.tid()                                                                    <L 54>
    // adj: def predict(                                                                      <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void predict_9cb1c22a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_predict_9cb1c22a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        predict_9cb1c22a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void predict_9cb1c22a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_predict_9cb1c22a *_wp_args,
    wp_args_predict_9cb1c22a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        predict_9cb1c22a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_solve_stretch_3bad96b3 {
    RodSystem_c19878b4 sys;
    wp::array_t<wp::vec_t<3, wp::float32>> x_pred;
    wp::array_t<wp::float32> inv_mass;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> delta;
    wp::array_t<wp::int32> counts;
};


void solve_stretch_3bad96b3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_stretch_3bad96b3 *_wp_args)
{
    //---------
    // argument vars
    RodSystem_c19878b4 var_sys = _wp_args->sys;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<RodSegment_f41560d8>* var_1;
    RodSegment_f41560d8* var_2;
    wp::array_t<RodSegment_f41560d8> var_3;
    RodSegment_f41560d8 var_4;
    RodSegment_f41560d8 var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 1e-08;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 1e-06;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    //---------
    // forward
    // def solve_stretch(                                                                     <L 64>
    // sid = wp.tid()                                                                         <L 72>
    var_0 = builtin_tid1d();
    // seg = sys.segments[sid]                                                                <L 73>
    var_1 = &((var_sys).segments);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // a = seg.i0                                                                             <L 74>
    var_6 = &((var_4).i0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = seg.i1                                                                             <L 75>
    var_9 = &((var_4).i1);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // w0 = inv_mass[a]                                                                       <L 76>
    var_12 = wp::address(var_inv_mass, var_7);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // w1 = inv_mass[b]                                                                       <L 77>
    var_15 = wp::address(var_inv_mass, var_10);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // d = x_pred[b] - x_pred[a]                                                              <L 78>
    var_18 = wp::address(var_x_pred, var_10);
    var_19 = wp::address(var_x_pred, var_7);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    // n, l = safe_normalize(d, 1.0e-8)                                                       <L 79>
    safe_normalize_0(var_20, var_23, var_24, var_25);
    // if l == 0.0:                                                                           <L 80>
    var_27 = (var_25 == var_26);
    if (var_27) {
        // return                                                                             <L 81>
        return;
    }
    // c = l - seg.rest_length                                                                <L 82>
    var_28 = &((var_4).rest_length);
    var_30 = wp::load(var_28);
    var_29 = wp::sub(var_25, var_30);
    // alpha = COMPLIANCE / seg.stiffness                                                     <L 83>
    var_32 = &((var_4).stiffness);
    var_34 = wp::load(var_32);
    var_33 = wp::div(var_31, var_34);
    // lam = xpbd_delta(c, w0, w1, alpha, dt)                                                 <L 84>
    var_35 = xpbd_delta_0(var_29, var_13, var_16, var_33, var_dt);
    // corr = n * lam                                                                         <L 85>
    var_36 = wp::mul(var_24, var_35);
    // wp.atomic_sub(delta, a, corr * w0)                                                     <L 86>
    var_37 = wp::mul(var_36, var_13);
    var_38 = wp::atomic_sub(var_delta, var_7, var_37);
    // wp.atomic_add(delta, b, corr * w1)                                                     <L 87>
    var_39 = wp::mul(var_36, var_16);
    var_40 = wp::atomic_add(var_delta, var_10, var_39);
    // counts[a] += 1                                                                         <L 88>
    var_42 = wp::atomic_add(var_counts, var_7, var_41);
    // counts[b] += 1                                                                         <L 89>
    var_44 = wp::atomic_add(var_counts, var_10, var_43);
}



void solve_stretch_3bad96b3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_stretch_3bad96b3 *_wp_args,
    wp_args_solve_stretch_3bad96b3 *_wp_adj_args)
{
    //---------
    // argument vars
    RodSystem_c19878b4 var_sys = _wp_args->sys;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    RodSystem_c19878b4 adj_sys = _wp_adj_args->sys;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_pred = _wp_adj_args->x_pred;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_delta = _wp_adj_args->delta;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<RodSegment_f41560d8>* var_1;
    RodSegment_f41560d8* var_2;
    wp::array_t<RodSegment_f41560d8> var_3;
    RodSegment_f41560d8 var_4;
    RodSegment_f41560d8 var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::float32 var_23 = 1e-08;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 1e-06;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<RodSegment_f41560d8> adj_1 = {};
    RodSegment_f41560d8 adj_2 = {};
    wp::array_t<RodSegment_f41560d8> adj_3 = {};
    RodSegment_f41560d8 adj_4 = {};
    RodSegment_f41560d8 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    //---------
    // forward
    // def solve_stretch(                                                                     <L 64>
    // sid = wp.tid()                                                                         <L 72>
    var_0 = builtin_tid1d();
    // seg = sys.segments[sid]                                                                <L 73>
    var_1 = &((var_sys).segments);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // a = seg.i0                                                                             <L 74>
    var_6 = &((var_4).i0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // b = seg.i1                                                                             <L 75>
    var_9 = &((var_4).i1);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // w0 = inv_mass[a]                                                                       <L 76>
    var_12 = wp::address(var_inv_mass, var_7);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // w1 = inv_mass[b]                                                                       <L 77>
    var_15 = wp::address(var_inv_mass, var_10);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // d = x_pred[b] - x_pred[a]                                                              <L 78>
    var_18 = wp::address(var_x_pred, var_10);
    var_19 = wp::address(var_x_pred, var_7);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    // n, l = safe_normalize(d, 1.0e-8)                                                       <L 79>
    safe_normalize_0(var_20, var_23, var_24, var_25);
    // if l == 0.0:                                                                           <L 80>
    var_27 = (var_25 == var_26);
    if (var_27) {
        // return                                                                             <L 81>
        goto label0;
    }
    // c = l - seg.rest_length                                                                <L 82>
    var_28 = &((var_4).rest_length);
    var_30 = wp::load(var_28);
    var_29 = wp::sub(var_25, var_30);
    // alpha = COMPLIANCE / seg.stiffness                                                     <L 83>
    var_32 = &((var_4).stiffness);
    var_34 = wp::load(var_32);
    var_33 = wp::div(var_31, var_34);
    // lam = xpbd_delta(c, w0, w1, alpha, dt)                                                 <L 84>
    var_35 = xpbd_delta_0(var_29, var_13, var_16, var_33, var_dt);
    // corr = n * lam                                                                         <L 85>
    var_36 = wp::mul(var_24, var_35);
    // wp.atomic_sub(delta, a, corr * w0)                                                     <L 86>
    var_37 = wp::mul(var_36, var_13);
    // var_38 = wp::atomic_sub(var_delta, var_7, var_37);
    // wp.atomic_add(delta, b, corr * w1)                                                     <L 87>
    var_39 = wp::mul(var_36, var_16);
    // var_40 = wp::atomic_add(var_delta, var_10, var_39);
    // counts[a] += 1                                                                         <L 88>
    // var_42 = wp::atomic_add(var_counts, var_7, var_41);
    // counts[b] += 1                                                                         <L 89>
    // var_44 = wp::atomic_add(var_counts, var_10, var_43);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_10, var_43, adj_counts, adj_10, adj_43, adj_44);
    // adj: counts[b] += 1                                                                    <L 89>
    wp::adj_atomic_add(var_counts, var_7, var_41, adj_counts, adj_7, adj_41, adj_42);
    // adj: counts[a] += 1                                                                    <L 88>
    wp::adj_atomic_add(var_delta, var_10, var_39, adj_delta, adj_10, adj_39, adj_40);
    wp::adj_mul(var_36, var_16, adj_36, adj_16, adj_39);
    // adj: wp.atomic_add(delta, b, corr * w1)                                                <L 87>
    wp::adj_atomic_sub(var_delta, var_7, var_37, adj_delta, adj_7, adj_37, adj_38);
    wp::adj_mul(var_36, var_13, adj_36, adj_13, adj_37);
    // adj: wp.atomic_sub(delta, a, corr * w0)                                                <L 86>
    wp::adj_mul(var_24, var_35, adj_24, adj_35, adj_36);
    // adj: corr = n * lam                                                                    <L 85>
    adj_xpbd_delta_0(var_29, var_13, var_16, var_33, var_dt, adj_29, adj_13, adj_16, adj_33, adj_dt, adj_35);
    // adj: lam = xpbd_delta(c, w0, w1, alpha, dt)                                            <L 84>
    wp::adj_div(var_31, var_34, var_33, adj_31, adj_32, adj_33);
    adj_4.stiffness += adj_32;
    // adj: alpha = COMPLIANCE / seg.stiffness                                                <L 83>
    wp::adj_sub(var_25, var_30, adj_25, adj_28, adj_29);
    adj_4.rest_length += adj_28;
    // adj: c = l - seg.rest_length                                                           <L 82>
    if (var_27) {
        label0:;
        // adj: return                                                                        <L 81>
    }
    // adj: if l == 0.0:                                                                      <L 80>
    adj_safe_normalize_0(var_20, var_23, var_24, var_25, adj_20, adj_23, adj_24, adj_25);
    // adj: n, l = safe_normalize(d, 1.0e-8)                                                  <L 79>
    wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
    wp::adj_address(var_x_pred, var_7, adj_x_pred, adj_7, adj_19);
    wp::adj_address(var_x_pred, var_10, adj_x_pred, adj_10, adj_18);
    // adj: d = x_pred[b] - x_pred[a]                                                         <L 78>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_inv_mass, var_10, adj_inv_mass, adj_10, adj_15);
    // adj: w1 = inv_mass[b]                                                                  <L 77>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_inv_mass, var_7, adj_inv_mass, adj_7, adj_12);
    // adj: w0 = inv_mass[a]                                                                  <L 76>
    wp::adj_copy(var_11, adj_9, adj_10);
    adj_4.i1 = adj_9;
    // adj: b = seg.i1                                                                        <L 75>
    wp::adj_copy(var_8, adj_6, adj_7);
    adj_4.i0 = adj_6;
    // adj: a = seg.i0                                                                        <L 74>
    wp::adj_copy(var_5, adj_2, adj_4);
    wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
    adj_sys.segments = adj_1;
    // adj: seg = sys.segments[sid]                                                           <L 73>
    // adj: sid = wp.tid()                                                                    <L 72>
    // adj: def solve_stretch(                                                                <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void solve_stretch_3bad96b3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_stretch_3bad96b3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_stretch_3bad96b3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void solve_stretch_3bad96b3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_stretch_3bad96b3 *_wp_args,
    wp_args_solve_stretch_3bad96b3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_stretch_3bad96b3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_deltas_509feabd {
    wp::array_t<wp::vec_t<3, wp::float32>> x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> delta;
    wp::array_t<wp::int32> counts;
    wp::float32 relaxation;
};


void apply_deltas_509feabd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_deltas_509feabd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_relaxation = _wp_args->relaxation;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    //---------
    // forward
    // def apply_deltas(                                                                      <L 93>
    // tid = wp.tid()                                                                         <L 99>
    var_0 = builtin_tid1d();
    // c = counts[tid]                                                                        <L 100>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if c > 0:                                                                              <L 101>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // x_pred[tid] = x_pred[tid] + delta[tid] * (relaxation / float(c))                   <L 102>
        var_6 = wp::address(var_x_pred, var_0);
        var_7 = wp::address(var_delta, var_0);
        var_8 = wp::float(var_2);
        var_9 = wp::div(var_relaxation, var_8);
        var_11 = wp::load(var_7);
        var_10 = wp::mul(var_11, var_9);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_10);
        wp::array_store(var_x_pred, var_0, var_12);
    }
    // delta[tid] = wp.vec3()                                                                 <L 103>
    var_14 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_delta, var_0, var_14);
    // counts[tid] = 0                                                                        <L 104>
    wp::array_store(var_counts, var_0, var_15);
}



void apply_deltas_509feabd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_deltas_509feabd *_wp_args,
    wp_args_apply_deltas_509feabd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta = _wp_args->delta;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_relaxation = _wp_args->relaxation;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_pred = _wp_adj_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_delta = _wp_adj_args->delta;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::float32 adj_relaxation = _wp_adj_args->relaxation;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def apply_deltas(                                                                      <L 93>
    // tid = wp.tid()                                                                         <L 99>
    var_0 = builtin_tid1d();
    // c = counts[tid]                                                                        <L 100>
    var_1 = wp::address(var_counts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if c > 0:                                                                              <L 101>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // x_pred[tid] = x_pred[tid] + delta[tid] * (relaxation / float(c))                   <L 102>
        var_6 = wp::address(var_x_pred, var_0);
        var_7 = wp::address(var_delta, var_0);
        var_8 = wp::float(var_2);
        var_9 = wp::div(var_relaxation, var_8);
        var_11 = wp::load(var_7);
        var_10 = wp::mul(var_11, var_9);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_10);
        // wp::array_store(var_x_pred, var_0, var_12);
    }
    // delta[tid] = wp.vec3()                                                                 <L 103>
    var_14 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_delta, var_0, var_14);
    // counts[tid] = 0                                                                        <L 104>
    // wp::array_store(var_counts, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_15, adj_counts, adj_0, adj_15);
    // adj: counts[tid] = 0                                                                   <L 104>
    wp::adj_array_store(var_delta, var_0, var_14, adj_delta, adj_0, adj_14);
    // adj: delta[tid] = wp.vec3()                                                            <L 103>
    if (var_5) {
        wp::adj_array_store(var_x_pred, var_0, var_12, adj_x_pred, adj_0, adj_12);
        wp::adj_add(var_13, var_10, adj_6, adj_10, adj_12);
        wp::adj_mul(var_11, var_9, adj_7, adj_9, adj_10);
        wp::adj_div(var_relaxation, var_8, var_9, adj_relaxation, adj_8, adj_9);
        wp::adj_float(var_2, adj_2, adj_8);
        wp::adj_address(var_delta, var_0, adj_delta, adj_0, adj_7);
        wp::adj_address(var_x_pred, var_0, adj_x_pred, adj_0, adj_6);
        // adj: x_pred[tid] = x_pred[tid] + delta[tid] * (relaxation / float(c))              <L 102>
    }
    // adj: if c > 0:                                                                         <L 101>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_1);
    // adj: c = counts[tid]                                                                   <L 100>
    // adj: tid = wp.tid()                                                                    <L 99>
    // adj: def apply_deltas(                                                                 <L 93>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void apply_deltas_509feabd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_deltas_509feabd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_deltas_509feabd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_deltas_509feabd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_deltas_509feabd *_wp_args,
    wp_args_apply_deltas_509feabd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_deltas_509feabd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_ground_collide_92670e2b {
    wp::array_t<wp::vec_t<3, wp::float32>> x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    RodSystem_c19878b4 sys;
};


void ground_collide_92670e2b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ground_collide_92670e2b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    RodSystem_c19878b4 var_sys = _wp_args->sys;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    Material_c66e3da4* var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    const wp::float32 var_33 = 0.0;
    const wp::int32 var_34 = 1;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // forward
    // def ground_collide(x_pred: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), sys: RodSystem):       <L 108>
    // tid = wp.tid()                                                                         <L 109>
    var_0 = builtin_tid1d();
    // p = x_pred[tid]                                                                        <L 110>
    var_1 = wp::address(var_x_pred, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p[1] < 0.0:                                                                         <L 111>
    var_5 = wp::extract(var_2, var_4);
    var_7 = (var_5 < var_6);
    if (var_7) {
        // dx = p - x[tid]                                                                    <L 112>
        var_8 = wp::address(var_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_2, var_10);
        // tangent = wp.vec3(dx[0], 0.0, dx[2])                                               <L 113>
        var_12 = wp::extract(var_9, var_11);
        var_15 = wp::extract(var_9, var_14);
        var_16 = wp::vec_t<3, wp::float32>(var_12, var_13, var_15);
        // tl = wp.length(tangent)                                                            <L 114>
        var_17 = wp::length(var_16);
        // pen = -p[1]                                                                        <L 115>
        var_19 = wp::extract(var_2, var_18);
        var_20 = wp::neg(var_19);
        // if tl > 0.0:                                                                       <L 116>
        var_22 = (var_17 > var_21);
        if (var_22) {
            // scale = wp.min(sys.mat.friction * pen / tl, 1.0)                               <L 117>
            var_23 = &((var_sys).mat);
            var_24 = &(((var_sys).mat).friction);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_26, var_20);
            var_27 = wp::div(var_25, var_17);
            var_29 = wp::min(var_27, var_28);
            // p = p - tangent * scale                                                        <L 118>
            var_30 = wp::mul(var_16, var_29);
            var_31 = wp::sub(var_2, var_30);
        }
        var_32 = wp::where(var_22, var_31, var_2);
        // p[1] = 0.0                                                                         <L 119>
        wp::assign_inplace(var_32, var_34, var_33);
    }
    var_35 = wp::where(var_7, var_32, var_2);
    // x_pred[tid] = p                                                                        <L 120>
    wp::array_store(var_x_pred, var_0, var_35);
}



void ground_collide_92670e2b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ground_collide_92670e2b *_wp_args,
    wp_args_ground_collide_92670e2b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    RodSystem_c19878b4 var_sys = _wp_args->sys;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_pred = _wp_adj_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    RodSystem_c19878b4 adj_sys = _wp_adj_args->sys;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    Material_c66e3da4* var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    const wp::float32 var_33 = 0.0;
    const wp::int32 var_34 = 1;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    Material_c66e3da4 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    //---------
    // forward
    // def ground_collide(x_pred: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), sys: RodSystem):       <L 108>
    // tid = wp.tid()                                                                         <L 109>
    var_0 = builtin_tid1d();
    // p = x_pred[tid]                                                                        <L 110>
    var_1 = wp::address(var_x_pred, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p[1] < 0.0:                                                                         <L 111>
    var_5 = wp::extract(var_2, var_4);
    var_7 = (var_5 < var_6);
    if (var_7) {
        // dx = p - x[tid]                                                                    <L 112>
        var_8 = wp::address(var_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::sub(var_2, var_10);
        // tangent = wp.vec3(dx[0], 0.0, dx[2])                                               <L 113>
        var_12 = wp::extract(var_9, var_11);
        var_15 = wp::extract(var_9, var_14);
        var_16 = wp::vec_t<3, wp::float32>(var_12, var_13, var_15);
        // tl = wp.length(tangent)                                                            <L 114>
        var_17 = wp::length(var_16);
        // pen = -p[1]                                                                        <L 115>
        var_19 = wp::extract(var_2, var_18);
        var_20 = wp::neg(var_19);
        // if tl > 0.0:                                                                       <L 116>
        var_22 = (var_17 > var_21);
        if (var_22) {
            // scale = wp.min(sys.mat.friction * pen / tl, 1.0)                               <L 117>
            var_23 = &((var_sys).mat);
            var_24 = &(((var_sys).mat).friction);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_26, var_20);
            var_27 = wp::div(var_25, var_17);
            var_29 = wp::min(var_27, var_28);
            // p = p - tangent * scale                                                        <L 118>
            var_30 = wp::mul(var_16, var_29);
            var_31 = wp::sub(var_2, var_30);
        }
        var_32 = wp::where(var_22, var_31, var_2);
        // p[1] = 0.0                                                                         <L 119>
        wp::assign_inplace(var_32, var_34, var_33);
    }
    var_35 = wp::where(var_7, var_32, var_2);
    // x_pred[tid] = p                                                                        <L 120>
    // wp::array_store(var_x_pred, var_0, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_x_pred, var_0, var_35, adj_x_pred, adj_0, adj_35);
    // adj: x_pred[tid] = p                                                                   <L 120>
    wp::adj_where(var_7, var_32, var_2, adj_7, adj_32, adj_2, adj_35);
    if (var_7) {
        wp::adj_assign_inplace(var_32, var_34, var_33, adj_32, adj_34, adj_33);
        // adj: p[1] = 0.0                                                                    <L 119>
        wp::adj_where(var_22, var_31, var_2, adj_22, adj_31, adj_2, adj_32);
        if (var_22) {
            wp::adj_sub(var_2, var_30, adj_2, adj_30, adj_31);
            wp::adj_mul(var_16, var_29, adj_16, adj_29, adj_30);
            // adj: p = p - tangent * scale                                                   <L 118>
            wp::adj_min(var_27, var_28, adj_27, adj_28, adj_29);
            wp::adj_div(var_25, var_17, var_27, adj_25, adj_17, adj_27);
            wp::adj_mul(var_26, var_20, adj_24, adj_20, adj_25);
            adj_23.friction += adj_24;
            adj_sys.mat += adj_23;
            // adj: scale = wp.min(sys.mat.friction * pen / tl, 1.0)                          <L 117>
        }
        // adj: if tl > 0.0:                                                                  <L 116>
        wp::adj_neg(var_19, adj_19, adj_20);
        wp::adj_extract(var_2, var_18, adj_2, adj_18, adj_19);
        // adj: pen = -p[1]                                                                   <L 115>
        wp::adj_length(var_16, var_17, adj_16, adj_17);
        // adj: tl = wp.length(tangent)                                                       <L 114>
        wp::adj_vec_t(var_12, var_13, var_15, adj_12, adj_13, adj_15, adj_16);
        wp::adj_extract(var_9, var_14, adj_9, adj_14, adj_15);
        wp::adj_extract(var_9, var_11, adj_9, adj_11, adj_12);
        // adj: tangent = wp.vec3(dx[0], 0.0, dx[2])                                          <L 113>
        wp::adj_sub(var_2, var_10, adj_2, adj_8, adj_9);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_8);
        // adj: dx = p - x[tid]                                                               <L 112>
    }
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: if p[1] < 0.0:                                                                    <L 111>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x_pred, var_0, adj_x_pred, adj_0, adj_1);
    // adj: p = x_pred[tid]                                                                   <L 110>
    // adj: tid = wp.tid()                                                                    <L 109>
    // adj: def ground_collide(x_pred: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), sys: RodSystem):  <L 108>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ground_collide_92670e2b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_collide_92670e2b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_collide_92670e2b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ground_collide_92670e2b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_collide_92670e2b *_wp_args,
    wp_args_ground_collide_92670e2b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_collide_92670e2b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_finalize_da637a5e {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::float32 dt;
};


void finalize_da637a5e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_finalize_da637a5e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def finalize(x: wp.array(dtype=wp.vec3), x_pred: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):       <L 124>
    // tid = wp.tid()                                                                         <L 125>
    var_0 = builtin_tid1d();
    // v[tid] = (x_pred[tid] - x[tid]) / dt                                                   <L 126>
    var_1 = wp::address(var_x_pred, var_0);
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    var_6 = wp::div(var_3, var_dt);
    wp::array_store(var_v, var_0, var_6);
    // x[tid] = x_pred[tid]                                                                   <L 127>
    var_7 = wp::address(var_x_pred, var_0);
    var_8 = wp::load(var_7);
    wp::array_store(var_x, var_0, var_8);
}



void finalize_da637a5e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_finalize_da637a5e *_wp_args,
    wp_args_finalize_da637a5e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_pred = _wp_adj_args->x_pred;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def finalize(x: wp.array(dtype=wp.vec3), x_pred: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):       <L 124>
    // tid = wp.tid()                                                                         <L 125>
    var_0 = builtin_tid1d();
    // v[tid] = (x_pred[tid] - x[tid]) / dt                                                   <L 126>
    var_1 = wp::address(var_x_pred, var_0);
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    var_6 = wp::div(var_3, var_dt);
    // wp::array_store(var_v, var_0, var_6);
    // x[tid] = x_pred[tid]                                                                   <L 127>
    var_7 = wp::address(var_x_pred, var_0);
    var_8 = wp::load(var_7);
    // wp::array_store(var_x, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_8, adj_x, adj_0, adj_7);
    wp::adj_address(var_x_pred, var_0, adj_x_pred, adj_0, adj_7);
    // adj: x[tid] = x_pred[tid]                                                              <L 127>
    wp::adj_array_store(var_v, var_0, var_6, adj_v, adj_0, adj_6);
    wp::adj_div(var_3, var_dt, adj_3, adj_dt, adj_6);
    wp::adj_sub(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
    wp::adj_address(var_x_pred, var_0, adj_x_pred, adj_0, adj_1);
    // adj: v[tid] = (x_pred[tid] - x[tid]) / dt                                              <L 126>
    // adj: tid = wp.tid()                                                                    <L 125>
    // adj: def finalize(x: wp.array(dtype=wp.vec3), x_pred: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):  <L 124>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void finalize_da637a5e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_finalize_da637a5e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        finalize_da637a5e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void finalize_da637a5e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_finalize_da637a5e *_wp_args,
    wp_args_finalize_da637a5e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        finalize_da637a5e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

