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


struct Body_e1432a5d
{
    wp::vec_t<3, wp::float32> x;
    wp::float32 m;


    Body_e1432a5d() = default;
    CUDA_CALLABLE Body_e1432a5d(wp::vec_t<3, wp::float32> const& x,
    wp::float32 const& m = {})
        : x{x}
        , m{m}

    {
    }

    CUDA_CALLABLE Body_e1432a5d& operator += (const Body_e1432a5d& rhs)
    {    x += rhs.x;
    m += rhs.m;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_e1432a5d(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::float32 & adj_m,
    Body_e1432a5d & adj_ret)
{
    adj_x += adj_ret.x;
    adj_m += adj_ret.m;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_e1432a5d add(const Body_e1432a5d& a, const Body_e1432a5d& b)
{
    return Body_e1432a5d();
}

CUDA_CALLABLE void adj_atomic_add(Body_e1432a5d* p, Body_e1432a5d t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->m, t.m);
}




// corpus/843_lineinfo.py:20
static wp::vec_t<3, wp::float32> clamp_speed_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_vmax)
{
    //---------
    // primal vars
#line 22 "corpus/843_lineinfo.py"
    wp::float32 var_0;
#line 23 "corpus/843_lineinfo.py"
    bool var_1;
#line 24 "corpus/843_lineinfo.py"
    wp::float32 var_2;
#line 24 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def clamp_speed(v: wp.vec3, vmax: float):                                              <L 21>
    // s = wp.length(v)                                                                       <L 22>
#line 22 "corpus/843_lineinfo.py"
    var_0 = wp::length(var_v);
    // if s > vmax:                                                                           <L 23>
#line 23 "corpus/843_lineinfo.py"
    var_1 = (var_0 > var_vmax);
#line 23 "corpus/843_lineinfo.py"
    if (var_1) {
        // return v * (vmax / s)                                                              <L 24>
#line 24 "corpus/843_lineinfo.py"
        var_2 = wp::div(var_vmax, var_0);
#line 24 "corpus/843_lineinfo.py"
        var_3 = wp::mul(var_v, var_2);
#line 24 "corpus/843_lineinfo.py"
        return var_3;
#line 24 "corpus/843_lineinfo.py"
    }
    // return v                                                                               <L 25>
#line 25 "corpus/843_lineinfo.py"
    return var_v;
}


// corpus/843_lineinfo.py:15
static wp::float32 kinetic_0(
    Body_e1432a5d var_b,
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
#line 17 "corpus/843_lineinfo.py"
    const wp::float32 var_0 = 0.5;
#line 17 "corpus/843_lineinfo.py"
    wp::float32* var_1;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_2;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_3;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_4;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_5;
    //---------
    // forward
    // def kinetic(b: Body, v: wp.vec3):                                                      <L 16>
    // return 0.5 * b.m * wp.dot(v, v)                                                        <L 17>
#line 17 "corpus/843_lineinfo.py"
    var_1 = &((var_b).m);
#line 17 "corpus/843_lineinfo.py"
    var_3 = wp::load(var_1);
#line 17 "corpus/843_lineinfo.py"
    var_2 = wp::mul(var_0, var_3);
#line 17 "corpus/843_lineinfo.py"
    var_4 = wp::dot(var_v, var_v);
#line 17 "corpus/843_lineinfo.py"
    var_5 = wp::mul(var_2, var_4);
#line 17 "corpus/843_lineinfo.py"
    return var_5;
}


// corpus/843_lineinfo.py:20
static void adj_clamp_speed_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_vmax,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_vmax,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
#line 22 "corpus/843_lineinfo.py"
    wp::float32 var_0;
#line 23 "corpus/843_lineinfo.py"
    bool var_1;
#line 24 "corpus/843_lineinfo.py"
    wp::float32 var_2;
#line 24 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
#line 22 "corpus/843_lineinfo.py"
    wp::float32 adj_0 = {};
#line 23 "corpus/843_lineinfo.py"
    bool adj_1 = {};
#line 24 "corpus/843_lineinfo.py"
    wp::float32 adj_2 = {};
#line 24 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def clamp_speed(v: wp.vec3, vmax: float):                                              <L 21>
    // s = wp.length(v)                                                                       <L 22>
#line 22 "corpus/843_lineinfo.py"
    var_0 = wp::length(var_v);
    // if s > vmax:                                                                           <L 23>
#line 23 "corpus/843_lineinfo.py"
    var_1 = (var_0 > var_vmax);
#line 23 "corpus/843_lineinfo.py"
    if (var_1) {
        // return v * (vmax / s)                                                              <L 24>
#line 24 "corpus/843_lineinfo.py"
        var_2 = wp::div(var_vmax, var_0);
#line 24 "corpus/843_lineinfo.py"
        var_3 = wp::mul(var_v, var_2);
#line 24 "corpus/843_lineinfo.py"
        goto label0;
#line 24 "corpus/843_lineinfo.py"
    }
    // return v                                                                               <L 25>
#line 25 "corpus/843_lineinfo.py"
    goto label1;
    //---------
    // reverse
#line 25 "corpus/843_lineinfo.py"
    label1:;
#line 25 "corpus/843_lineinfo.py"
    adj_v += adj_ret;
    // adj: return v                                                                          <L 25>
#line 24 "corpus/843_lineinfo.py"
    if (var_1) {
#line 24 "corpus/843_lineinfo.py"
        label0:;
#line 24 "corpus/843_lineinfo.py"
        adj_3 += adj_ret;
#line 24 "corpus/843_lineinfo.py"
        wp::adj_mul(var_v, var_2, adj_v, adj_2, adj_3);
#line 24 "corpus/843_lineinfo.py"
        wp::adj_div(var_vmax, var_0, var_2, adj_vmax, adj_0, adj_2);
        // adj: return v * (vmax / s)                                                         <L 24>
#line 23 "corpus/843_lineinfo.py"
    }
    // adj: if s > vmax:                                                                      <L 23>
#line 22 "corpus/843_lineinfo.py"
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: s = wp.length(v)                                                                  <L 22>
    // adj: def clamp_speed(v: wp.vec3, vmax: float):                                         <L 21>
    return;
}


// corpus/843_lineinfo.py:15
static void adj_kinetic_0(
    Body_e1432a5d var_b,
    wp::vec_t<3, wp::float32> var_v,
    Body_e1432a5d & adj_b,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
#line 17 "corpus/843_lineinfo.py"
    const wp::float32 var_0 = 0.5;
#line 17 "corpus/843_lineinfo.py"
    wp::float32* var_1;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_2;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_3;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_4;
#line 17 "corpus/843_lineinfo.py"
    wp::float32 var_5;
    //---------
    // dual vars
#line 17 "corpus/843_lineinfo.py"
    wp::float32 adj_0 = {};
#line 17 "corpus/843_lineinfo.py"
    wp::float32 adj_1 = {};
#line 17 "corpus/843_lineinfo.py"
    wp::float32 adj_2 = {};
#line 17 "corpus/843_lineinfo.py"
    wp::float32 adj_3 = {};
#line 17 "corpus/843_lineinfo.py"
    wp::float32 adj_4 = {};
#line 17 "corpus/843_lineinfo.py"
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def kinetic(b: Body, v: wp.vec3):                                                      <L 16>
    // return 0.5 * b.m * wp.dot(v, v)                                                        <L 17>
#line 17 "corpus/843_lineinfo.py"
    var_1 = &((var_b).m);
#line 17 "corpus/843_lineinfo.py"
    var_3 = wp::load(var_1);
#line 17 "corpus/843_lineinfo.py"
    var_2 = wp::mul(var_0, var_3);
#line 17 "corpus/843_lineinfo.py"
    var_4 = wp::dot(var_v, var_v);
#line 17 "corpus/843_lineinfo.py"
    var_5 = wp::mul(var_2, var_4);
#line 17 "corpus/843_lineinfo.py"
    goto label0;
    //---------
    // reverse
#line 17 "corpus/843_lineinfo.py"
    label0:;
#line 17 "corpus/843_lineinfo.py"
    adj_5 += adj_ret;
#line 17 "corpus/843_lineinfo.py"
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
#line 17 "corpus/843_lineinfo.py"
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_4);
#line 17 "corpus/843_lineinfo.py"
    wp::adj_mul(var_0, var_3, adj_0, adj_1, adj_2);
#line 17 "corpus/843_lineinfo.py"
    adj_b.m += adj_1;
    // adj: return 0.5 * b.m * wp.dot(v, v)                                                   <L 17>
    // adj: def kinetic(b: Body, v: wp.vec3):                                                 <L 16>
    return;
}

struct wp_args_step_576bcbbd {
    wp::array_t<Body_e1432a5d> bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> e;
    wp::int32 n;
    wp::float32 dt;
};


void step_576bcbbd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_576bcbbd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body_e1432a5d> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_e = _wp_args->e;
    wp::int32 var_n = _wp_args->n;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
#line 30 "corpus/843_lineinfo.py"
    wp::int32 var_0;
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d* var_1;
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d var_2;
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d var_3;
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32>* var_4;
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_5;
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_6;
#line 33 "corpus/843_lineinfo.py"
    const wp::int32 var_7 = 0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_8 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_9 = -9.8;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_10 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_11;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_12;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_13;
#line 34 "corpus/843_lineinfo.py"
    const wp::int32 var_14 = 1;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_15 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_16 = -9.8;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_17 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_18;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_19;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_20;
#line 34 "corpus/843_lineinfo.py"
    const wp::int32 var_21 = 2;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_22 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_23 = -9.8;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_24 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_25;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_26;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_27;
#line 35 "corpus/843_lineinfo.py"
    const wp::int32 var_28 = 0;
#line 35 "corpus/843_lineinfo.py"
    wp::int32 var_29;
#line 36 "corpus/843_lineinfo.py"
    bool var_30;
#line 37 "corpus/843_lineinfo.py"
    const wp::float32 var_31 = 10.0;
#line 37 "corpus/843_lineinfo.py"
    wp::float32 var_32;
#line 37 "corpus/843_lineinfo.py"
    wp::float32 var_33;
#line 37 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_34;
#line 38 "corpus/843_lineinfo.py"
    const wp::int32 var_35 = 1;
#line 38 "corpus/843_lineinfo.py"
    wp::int32 var_36;
#line 39 "corpus/843_lineinfo.py"
    wp::range_t var_37;
#line 39 "corpus/843_lineinfo.py"
    wp::int32 var_38;
#line 40 "corpus/843_lineinfo.py"
    const wp::int32 var_39 = 2;
#line 40 "corpus/843_lineinfo.py"
    wp::int32 var_40;
#line 40 "corpus/843_lineinfo.py"
    const wp::int32 var_41 = 0;
#line 40 "corpus/843_lineinfo.py"
    bool var_42;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32>* var_43;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_44;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_45;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_46;
#line 45 "corpus/843_lineinfo.py"
    wp::float32 var_47;
    //---------
    // forward
    // def step(bodies: wp.array(dtype=Body), v: wp.array(dtype=wp.vec3), e: wp.array(dtype=float), n: int, dt: float):       <L 29>
    // i = wp.tid()                                                                           <L 30>
#line 30 "corpus/843_lineinfo.py"
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 31>
#line 31 "corpus/843_lineinfo.py"
    var_1 = wp::address(var_bodies, var_0);
#line 31 "corpus/843_lineinfo.py"
    var_3 = wp::load(var_1);
#line 31 "corpus/843_lineinfo.py"
    var_2 = wp::copy(var_3);
    // vi = v[i]                                                                              <L 32>
#line 32 "corpus/843_lineinfo.py"
    var_4 = wp::address(var_v, var_0);
#line 32 "corpus/843_lineinfo.py"
    var_6 = wp::load(var_4);
#line 32 "corpus/843_lineinfo.py"
    var_5 = wp::copy(var_6);
    // for k in range(3):                                                                     <L 33>
    // vi = vi + wp.vec3(0.0, -9.8, 0.0) * dt                                                 <L 34>
#line 34 "corpus/843_lineinfo.py"
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
#line 34 "corpus/843_lineinfo.py"
    var_12 = wp::mul(var_11, var_dt);
#line 34 "corpus/843_lineinfo.py"
    var_13 = wp::add(var_5, var_12);
#line 34 "corpus/843_lineinfo.py"
    var_18 = wp::vec_t<3, wp::float32>(var_15, var_16, var_17);
#line 34 "corpus/843_lineinfo.py"
    var_19 = wp::mul(var_18, var_dt);
#line 34 "corpus/843_lineinfo.py"
    var_20 = wp::add(var_13, var_19);
#line 34 "corpus/843_lineinfo.py"
    var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
#line 34 "corpus/843_lineinfo.py"
    var_26 = wp::mul(var_25, var_dt);
#line 34 "corpus/843_lineinfo.py"
    var_27 = wp::add(var_20, var_26);
    // j = int(0)                                                                             <L 35>
#line 35 "corpus/843_lineinfo.py"
    var_29 = wp::int(var_28);
    // while j < n:                                                                           <L 36>
    start_while_0:;
#line 36 "corpus/843_lineinfo.py"
    var_30 = (var_29 < var_n);
    if ((var_30) == false) goto end_while_0;
        // vi = clamp_speed(vi, 10.0 + float(j))                                              <L 37>
#line 37 "corpus/843_lineinfo.py"
        var_32 = wp::float(var_29);
#line 37 "corpus/843_lineinfo.py"
        var_33 = wp::add(var_31, var_32);
#line 37 "corpus/843_lineinfo.py"
        var_34 = clamp_speed_0(var_27, var_33);
        // j += 1                                                                             <L 38>
#line 38 "corpus/843_lineinfo.py"
        var_36 = wp::add(var_29, var_35);
#line 38 "corpus/843_lineinfo.py"
        wp::assign(var_27, var_34);
#line 38 "corpus/843_lineinfo.py"
        wp::assign(var_29, var_36);
    goto start_while_0;
    end_while_0:;
    // for k in range(n):                                                                     <L 39>
#line 39 "corpus/843_lineinfo.py"
    var_37 = wp::range(var_n);
#line 39 "corpus/843_lineinfo.py"
    start_for_2:;
#line 39 "corpus/843_lineinfo.py"
        if (iter_cmp(var_37) == 0) goto end_for_2;
#line 39 "corpus/843_lineinfo.py"
        var_38 = wp::iter_next(var_37);
        // if k % 2 == 0:                                                                     <L 40>
#line 40 "corpus/843_lineinfo.py"
        var_40 = wp::mod(var_38, var_39);
#line 40 "corpus/843_lineinfo.py"
        var_42 = (var_40 == var_41);
#line 40 "corpus/843_lineinfo.py"
        if (var_42) {
            // continue                                                                       <L 41>
#line 41 "corpus/843_lineinfo.py"
            goto start_for_2;
#line 41 "corpus/843_lineinfo.py"
        }
        // b.x = b.x + vi * dt                                                                <L 42>
#line 42 "corpus/843_lineinfo.py"
        var_43 = &((var_2).x);
#line 42 "corpus/843_lineinfo.py"
        var_44 = wp::mul(var_27, var_dt);
#line 42 "corpus/843_lineinfo.py"
        var_46 = wp::load(var_43);
#line 42 "corpus/843_lineinfo.py"
        var_45 = wp::add(var_46, var_44);
#line 42 "corpus/843_lineinfo.py"
        var_2.x = var_45;
#line 42 "corpus/843_lineinfo.py"
        goto start_for_2;
#line 42 "corpus/843_lineinfo.py"
    end_for_2:;
    // v[i] = vi                                                                              <L 43>
#line 43 "corpus/843_lineinfo.py"
    wp::array_store(var_v, var_0, var_27);
    // bodies[i] = b                                                                          <L 44>
#line 44 "corpus/843_lineinfo.py"
    wp::array_store(var_bodies, var_0, var_2);
    // e[i] = kinetic(b, vi)                                                                  <L 45>
#line 45 "corpus/843_lineinfo.py"
    var_47 = kinetic_0(var_2, var_27);
#line 45 "corpus/843_lineinfo.py"
    wp::array_store(var_e, var_0, var_47);
}



void step_576bcbbd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_576bcbbd *_wp_args,
    wp_args_step_576bcbbd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Body_e1432a5d> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_e = _wp_args->e;
    wp::int32 var_n = _wp_args->n;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<Body_e1432a5d> adj_bodies = _wp_adj_args->bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_e = _wp_adj_args->e;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
#line 30 "corpus/843_lineinfo.py"
    wp::int32 var_0;
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d* var_1;
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d var_2;
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d var_3;
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32>* var_4;
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_5;
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_6;
#line 33 "corpus/843_lineinfo.py"
    const wp::int32 var_7 = 0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_8 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_9 = -9.8;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_10 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_11;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_12;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_13;
#line 34 "corpus/843_lineinfo.py"
    const wp::int32 var_14 = 1;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_15 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_16 = -9.8;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_17 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_18;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_19;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_20;
#line 34 "corpus/843_lineinfo.py"
    const wp::int32 var_21 = 2;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_22 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_23 = -9.8;
#line 34 "corpus/843_lineinfo.py"
    const wp::float32 var_24 = 0.0;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_25;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_26;
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_27;
#line 35 "corpus/843_lineinfo.py"
    const wp::int32 var_28 = 0;
#line 35 "corpus/843_lineinfo.py"
    wp::int32 var_29;
#line 36 "corpus/843_lineinfo.py"
    bool var_30;
#line 37 "corpus/843_lineinfo.py"
    const wp::float32 var_31 = 10.0;
#line 37 "corpus/843_lineinfo.py"
    wp::float32 var_32;
#line 37 "corpus/843_lineinfo.py"
    wp::float32 var_33;
#line 37 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_34;
#line 38 "corpus/843_lineinfo.py"
    const wp::int32 var_35 = 1;
#line 38 "corpus/843_lineinfo.py"
    wp::int32 var_36;
#line 39 "corpus/843_lineinfo.py"
    wp::range_t var_37;
#line 39 "corpus/843_lineinfo.py"
    wp::int32 var_38;
#line 40 "corpus/843_lineinfo.py"
    const wp::int32 var_39 = 2;
#line 40 "corpus/843_lineinfo.py"
    wp::int32 var_40;
#line 40 "corpus/843_lineinfo.py"
    const wp::int32 var_41 = 0;
#line 40 "corpus/843_lineinfo.py"
    bool var_42;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32>* var_43;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_44;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_45;
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> var_46;
#line 45 "corpus/843_lineinfo.py"
    wp::float32 var_47;
    //---------
    // dual vars
#line 30 "corpus/843_lineinfo.py"
    wp::int32 adj_0 = {};
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d adj_1 = {};
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d adj_2 = {};
#line 31 "corpus/843_lineinfo.py"
    Body_e1432a5d adj_3 = {};
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_4 = {};
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_5 = {};
#line 32 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_6 = {};
#line 33 "corpus/843_lineinfo.py"
    wp::int32 adj_7 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_8 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_9 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_10 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_11 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_12 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_13 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::int32 adj_14 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_15 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_16 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_17 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_18 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_19 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_20 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::int32 adj_21 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_22 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_23 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::float32 adj_24 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_25 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_26 = {};
#line 34 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_27 = {};
#line 35 "corpus/843_lineinfo.py"
    wp::int32 adj_28 = {};
#line 35 "corpus/843_lineinfo.py"
    wp::int32 adj_29 = {};
#line 36 "corpus/843_lineinfo.py"
    bool adj_30 = {};
#line 37 "corpus/843_lineinfo.py"
    wp::float32 adj_31 = {};
#line 37 "corpus/843_lineinfo.py"
    wp::float32 adj_32 = {};
#line 37 "corpus/843_lineinfo.py"
    wp::float32 adj_33 = {};
#line 37 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_34 = {};
#line 38 "corpus/843_lineinfo.py"
    wp::int32 adj_35 = {};
#line 38 "corpus/843_lineinfo.py"
    wp::int32 adj_36 = {};
#line 39 "corpus/843_lineinfo.py"
    wp::range_t adj_37 = {};
#line 39 "corpus/843_lineinfo.py"
    wp::int32 adj_38 = {};
#line 40 "corpus/843_lineinfo.py"
    wp::int32 adj_39 = {};
#line 40 "corpus/843_lineinfo.py"
    wp::int32 adj_40 = {};
#line 40 "corpus/843_lineinfo.py"
    wp::int32 adj_41 = {};
#line 40 "corpus/843_lineinfo.py"
    bool adj_42 = {};
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_43 = {};
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_44 = {};
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_45 = {};
#line 42 "corpus/843_lineinfo.py"
    wp::vec_t<3, wp::float32> adj_46 = {};
#line 45 "corpus/843_lineinfo.py"
    wp::float32 adj_47 = {};
    //---------
    // forward
    // def step(bodies: wp.array(dtype=Body), v: wp.array(dtype=wp.vec3), e: wp.array(dtype=float), n: int, dt: float):       <L 29>
    // i = wp.tid()                                                                           <L 30>
#line 30 "corpus/843_lineinfo.py"
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 31>
#line 31 "corpus/843_lineinfo.py"
    var_1 = wp::address(var_bodies, var_0);
#line 31 "corpus/843_lineinfo.py"
    var_3 = wp::load(var_1);
#line 31 "corpus/843_lineinfo.py"
    var_2 = wp::copy(var_3);
    // vi = v[i]                                                                              <L 32>
#line 32 "corpus/843_lineinfo.py"
    var_4 = wp::address(var_v, var_0);
#line 32 "corpus/843_lineinfo.py"
    var_6 = wp::load(var_4);
#line 32 "corpus/843_lineinfo.py"
    var_5 = wp::copy(var_6);
    // for k in range(3):                                                                     <L 33>
    // vi = vi + wp.vec3(0.0, -9.8, 0.0) * dt                                                 <L 34>
#line 34 "corpus/843_lineinfo.py"
    var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
#line 34 "corpus/843_lineinfo.py"
    var_12 = wp::mul(var_11, var_dt);
#line 34 "corpus/843_lineinfo.py"
    var_13 = wp::add(var_5, var_12);
#line 34 "corpus/843_lineinfo.py"
    var_18 = wp::vec_t<3, wp::float32>(var_15, var_16, var_17);
#line 34 "corpus/843_lineinfo.py"
    var_19 = wp::mul(var_18, var_dt);
#line 34 "corpus/843_lineinfo.py"
    var_20 = wp::add(var_13, var_19);
#line 34 "corpus/843_lineinfo.py"
    var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
#line 34 "corpus/843_lineinfo.py"
    var_26 = wp::mul(var_25, var_dt);
#line 34 "corpus/843_lineinfo.py"
    var_27 = wp::add(var_20, var_26);
    // j = int(0)                                                                             <L 35>
#line 35 "corpus/843_lineinfo.py"
    var_29 = wp::int(var_28);
    // while j < n:                                                                           <L 36>
    // for k in range(n):                                                                     <L 39>
#line 39 "corpus/843_lineinfo.py"
    var_37 = wp::range(var_n);
    // v[i] = vi                                                                              <L 43>
#line 43 "corpus/843_lineinfo.py"
    // wp::array_store(var_v, var_0, var_27);
    // bodies[i] = b                                                                          <L 44>
#line 44 "corpus/843_lineinfo.py"
    // wp::array_store(var_bodies, var_0, var_2);
    // e[i] = kinetic(b, vi)                                                                  <L 45>
#line 45 "corpus/843_lineinfo.py"
    var_47 = kinetic_0(var_2, var_27);
#line 45 "corpus/843_lineinfo.py"
    // wp::array_store(var_e, var_0, var_47);
    //---------
    // reverse
#line 45 "corpus/843_lineinfo.py"
    wp::adj_array_store(var_e, var_0, var_47, adj_e, adj_0, adj_47);
#line 45 "corpus/843_lineinfo.py"
    adj_kinetic_0(var_2, var_27, adj_2, adj_27, adj_47);
    // adj: e[i] = kinetic(b, vi)                                                             <L 45>
#line 44 "corpus/843_lineinfo.py"
    wp::adj_array_store(var_bodies, var_0, var_2, adj_bodies, adj_0, adj_2);
    // adj: bodies[i] = b                                                                     <L 44>
#line 43 "corpus/843_lineinfo.py"
    wp::adj_array_store(var_v, var_0, var_27, adj_v, adj_0, adj_27);
    // adj: v[i] = vi                                                                         <L 43>
    var_37 = wp::iter_reverse(var_37);
#line 39 "corpus/843_lineinfo.py"
    start_for_2:;
#line 39 "corpus/843_lineinfo.py"
        if (iter_cmp(var_37) == 0) goto end_for_2;
#line 39 "corpus/843_lineinfo.py"
        var_38 = wp::iter_next(var_37);
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
        // if k % 2 == 0:                                                                     <L 40>
#line 40 "corpus/843_lineinfo.py"
        var_40 = wp::mod(var_38, var_39);
#line 40 "corpus/843_lineinfo.py"
        var_42 = (var_40 == var_41);
#line 40 "corpus/843_lineinfo.py"
        if (var_42) {
            // continue                                                                       <L 41>
#line 41 "corpus/843_lineinfo.py"
            goto start_for_2;
#line 41 "corpus/843_lineinfo.py"
        }
        // b.x = b.x + vi * dt                                                                <L 42>
#line 42 "corpus/843_lineinfo.py"
        var_43 = &((var_2).x);
#line 42 "corpus/843_lineinfo.py"
        var_44 = wp::mul(var_27, var_dt);
#line 42 "corpus/843_lineinfo.py"
        var_46 = wp::load(var_43);
#line 42 "corpus/843_lineinfo.py"
        var_45 = wp::add(var_46, var_44);
#line 42 "corpus/843_lineinfo.py"
        var_2.x = var_45;
#line 42 "corpus/843_lineinfo.py"
        adj_45 += adj_2.x;
#line 42 "corpus/843_lineinfo.py"
        adj_2.x = {};
#line 42 "corpus/843_lineinfo.py"
        wp::adj_add(var_46, var_44, adj_43, adj_44, adj_45);
#line 42 "corpus/843_lineinfo.py"
        wp::adj_mul(var_27, var_dt, adj_27, adj_dt, adj_44);
#line 42 "corpus/843_lineinfo.py"
        adj_2.x += adj_43;
        // adj: b.x = b.x + vi * dt                                                           <L 42>
#line 41 "corpus/843_lineinfo.py"
        if (var_42) {
            // adj: continue                                                                  <L 41>
#line 40 "corpus/843_lineinfo.py"
        }
#line 40 "corpus/843_lineinfo.py"
        wp::adj_mod(var_38, var_39, adj_38, adj_39, adj_40);
        // adj: if k % 2 == 0:                                                                <L 40>
    	goto start_for_2;
    end_for_2:;
    // adj: for k in range(n):                                                                <L 39>
    start_while_0:;
#line 36 "corpus/843_lineinfo.py"
    var_30 = (var_29 < var_n);
    if ((var_30) == false) goto end_while_0;
    adj_31 = {};
    adj_32 = {};
    adj_33 = {};
    adj_34 = {};
    adj_35 = {};
    adj_36 = {};
        // vi = clamp_speed(vi, 10.0 + float(j))                                              <L 37>
#line 37 "corpus/843_lineinfo.py"
        var_32 = wp::float(var_29);
#line 37 "corpus/843_lineinfo.py"
        var_33 = wp::add(var_31, var_32);
#line 37 "corpus/843_lineinfo.py"
        var_34 = clamp_speed_0(var_27, var_33);
        // j += 1                                                                             <L 38>
#line 38 "corpus/843_lineinfo.py"
        var_36 = wp::add(var_29, var_35);
#line 38 "corpus/843_lineinfo.py"
        wp::assign(var_27, var_34);
#line 38 "corpus/843_lineinfo.py"
        wp::assign(var_29, var_36);
#line 38 "corpus/843_lineinfo.py"
        wp::adj_assign(var_29, var_36, adj_29, adj_36);
#line 38 "corpus/843_lineinfo.py"
        wp::adj_assign(var_27, var_34, adj_27, adj_34);
#line 38 "corpus/843_lineinfo.py"
        wp::adj_add(var_29, var_35, adj_29, adj_35, adj_36);
        // adj: j += 1                                                                        <L 38>
#line 37 "corpus/843_lineinfo.py"
        adj_clamp_speed_0(var_27, var_33, adj_27, adj_33, adj_34);
#line 37 "corpus/843_lineinfo.py"
        wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
#line 37 "corpus/843_lineinfo.py"
        wp::adj_float(var_29, adj_29, adj_32);
        // adj: vi = clamp_speed(vi, 10.0 + float(j))                                         <L 37>
    goto start_while_0;
    end_while_0:;
    // adj: while j < n:                                                                      <L 36>
    // adj: j = int(0)                                                                        <L 35>
#line 34 "corpus/843_lineinfo.py"
    wp::adj_add(var_20, var_26, adj_20, adj_26, adj_27);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_mul(var_25, var_dt, adj_25, adj_dt, adj_26);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_vec_t(var_22, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_add(var_13, var_19, adj_13, adj_19, adj_20);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_mul(var_18, var_dt, adj_18, adj_dt, adj_19);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_vec_t(var_15, var_16, var_17, adj_15, adj_16, adj_17, adj_18);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_add(var_5, var_12, adj_5, adj_12, adj_13);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_mul(var_11, var_dt, adj_11, adj_dt, adj_12);
#line 34 "corpus/843_lineinfo.py"
    wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    // adj: vi = vi + wp.vec3(0.0, -9.8, 0.0) * dt                                            <L 34>
    // adj: for k in range(3):                                                                <L 33>
#line 32 "corpus/843_lineinfo.py"
    wp::adj_copy(var_6, adj_4, adj_5);
#line 32 "corpus/843_lineinfo.py"
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: vi = v[i]                                                                         <L 32>
#line 31 "corpus/843_lineinfo.py"
    wp::adj_copy(var_3, adj_1, adj_2);
#line 31 "corpus/843_lineinfo.py"
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
    // adj: b = bodies[i]                                                                     <L 31>
    // adj: i = wp.tid()                                                                      <L 30>
    // adj: def step(bodies: wp.array(dtype=Body), v: wp.array(dtype=wp.vec3), e: wp.array(dtype=float), n: int, dt: float):  <L 29>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void step_576bcbbd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_576bcbbd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_576bcbbd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void step_576bcbbd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_576bcbbd *_wp_args,
    wp_args_step_576bcbbd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_576bcbbd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

