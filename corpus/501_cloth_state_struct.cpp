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


struct State_18ac580e
{
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> inv_mass;


    State_18ac580e() = default;
    CUDA_CALLABLE State_18ac580e(wp::array_t<wp::vec_t<3, wp::float32>> const& x,
    wp::array_t<wp::vec_t<3, wp::float32>> const& v = {},
    wp::array_t<wp::float32> const& inv_mass = {})
        : x{x}
        , v{v}
        , inv_mass{inv_mass}

    {
    }

    CUDA_CALLABLE State_18ac580e& operator += (const State_18ac580e& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_State_18ac580e(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_v,
    wp::array_t<wp::float32> & adj_inv_mass,
    State_18ac580e & adj_ret)
{
    adj_x = adj_ret.x;
    adj_v = adj_ret.v;
    adj_inv_mass = adj_ret.inv_mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE State_18ac580e add(const State_18ac580e& a, const State_18ac580e& b)
{
    return State_18ac580e();
}

CUDA_CALLABLE void adj_atomic_add(State_18ac580e* p, State_18ac580e t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
}




// corpus/501_cloth_state_struct.py:14
static wp::vec_t<3, wp::float32> clamp_len_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_max_len)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def clamp_len(v: wp.vec3, max_len: float) -> wp.vec3:                                  <L 15>
    // l = wp.length(v)                                                                       <L 16>
    var_0 = wp::length(var_v);
    // if l > max_len:                                                                        <L 17>
    var_1 = (var_0 > var_max_len);
    if (var_1) {
        // return v * (max_len / l)                                                           <L 18>
        var_2 = wp::div(var_max_len, var_0);
        var_3 = wp::mul(var_v, var_2);
        return var_3;
    }
    // return v                                                                               <L 19>
    return var_v;
}


// corpus/501_cloth_state_struct.py:22
static wp::float32 sdf_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def sdf_sphere(p: wp.vec3, c: wp.vec3, r: float):                                      <L 23>
    // return wp.length(p - c) - r                                                            <L 24>
    var_0 = wp::sub(var_p, var_c);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_r);
    return var_2;
}


// corpus/501_cloth_state_struct.py:14
static void adj_clamp_len_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_max_len,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_max_len,
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
    // def clamp_len(v: wp.vec3, max_len: float) -> wp.vec3:                                  <L 15>
    // l = wp.length(v)                                                                       <L 16>
    var_0 = wp::length(var_v);
    // if l > max_len:                                                                        <L 17>
    var_1 = (var_0 > var_max_len);
    if (var_1) {
        // return v * (max_len / l)                                                           <L 18>
        var_2 = wp::div(var_max_len, var_0);
        var_3 = wp::mul(var_v, var_2);
        goto label0;
    }
    // return v                                                                               <L 19>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 19>
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_mul(var_v, var_2, adj_v, adj_2, adj_3);
        wp::adj_div(var_max_len, var_0, var_2, adj_max_len, adj_0, adj_2);
        // adj: return v * (max_len / l)                                                      <L 18>
    }
    // adj: if l > max_len:                                                                   <L 17>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: l = wp.length(v)                                                                  <L 16>
    // adj: def clamp_len(v: wp.vec3, max_len: float) -> wp.vec3:                             <L 15>
    return;
}


// corpus/501_cloth_state_struct.py:22
static void adj_sdf_sphere_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_r,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def sdf_sphere(p: wp.vec3, c: wp.vec3, r: float):                                      <L 23>
    // return wp.length(p - c) - r                                                            <L 24>
    var_0 = wp::sub(var_p, var_c);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_r);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_1, var_r, adj_1, adj_r, adj_2);
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_p, var_c, adj_p, adj_c, adj_0);
    // adj: return wp.length(p - c) - r                                                       <L 24>
    // adj: def sdf_sphere(p: wp.vec3, c: wp.vec3, r: float):                                 <L 23>
    return;
}

struct wp_args_integrate_3c7db2c2 {
    State_18ac580e s;
    wp::float32 dt;
    wp::float32 damping;
};


void integrate_3c7db2c2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_3c7db2c2 *_wp_args)
{
    //---------
    // argument vars
    State_18ac580e var_s = _wp_args->s;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_damping = _wp_args->damping;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::float32>* var_1;
    wp::float32* var_2;
    wp::array_t<wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::array_t<wp::vec_t<3, wp::float32>> var_10;
    const wp::vec_t<3, wp::float32> var_11 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 10.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::array_t<wp::vec_t<3, wp::float32>> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_40;
    wp::array_t<wp::vec_t<3, wp::float32>> var_41;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_42;
    wp::array_t<wp::vec_t<3, wp::float32>> var_43;
    //---------
    // forward
    // def integrate(s: State, dt: float, damping: float):                                    <L 28>
    // tid = wp.tid()                                                                         <L 29>
    var_0 = builtin_tid1d();
    // w = s.inv_mass[tid]                                                                    <L 30>
    var_1 = &((var_s).inv_mass);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // if w == 0.0:                                                                           <L 31>
    var_7 = (var_4 == var_6);
    if (var_7) {
        // return                                                                             <L 32>
        return;
    }
    // v = s.v[tid] + GRAVITY * dt                                                            <L 33>
    var_8 = &((var_s).v);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_12 = wp::mul(var_11, var_dt);
    var_14 = wp::load(var_9);
    var_13 = wp::add(var_14, var_12);
    // v = clamp_len(v * damping, 10.0)                                                       <L 34>
    var_15 = wp::mul(var_13, var_damping);
    var_17 = clamp_len_0(var_15, var_16);
    // x = s.x[tid] + v * dt                                                                  <L 35>
    var_18 = &((var_s).x);
    var_20 = wp::load(var_18);
    var_19 = wp::address(var_20, var_0);
    var_21 = wp::mul(var_17, var_dt);
    var_23 = wp::load(var_19);
    var_22 = wp::add(var_23, var_21);
    // d = sdf_sphere(x, wp.vec3(0.0, 0.0, 0.0), 1.0)                                         <L 36>
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_29 = sdf_sphere_0(var_22, var_27, var_28);
    // if d < 0.0:                                                                            <L 37>
    var_31 = (var_29 < var_30);
    if (var_31) {
        // n = wp.normalize(x)                                                                <L 38>
        var_32 = wp::normalize(var_22);
        // x = x - n * d                                                                      <L 39>
        var_33 = wp::mul(var_32, var_29);
        var_34 = wp::sub(var_22, var_33);
        // v = v - n * wp.dot(v, n)                                                           <L 40>
        var_35 = wp::dot(var_17, var_32);
        var_36 = wp::mul(var_32, var_35);
        var_37 = wp::sub(var_17, var_36);
    }
    var_38 = wp::where(var_31, var_37, var_17);
    var_39 = wp::where(var_31, var_34, var_22);
    // s.x[tid] = x                                                                           <L 41>
    var_40 = &((var_s).x);
    var_41 = wp::load(var_40);
    wp::array_store(var_41, var_0, var_39);
    // s.v[tid] = v                                                                           <L 42>
    var_42 = &((var_s).v);
    var_43 = wp::load(var_42);
    wp::array_store(var_43, var_0, var_38);
}



void integrate_3c7db2c2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_3c7db2c2 *_wp_args,
    wp_args_integrate_3c7db2c2 *_wp_adj_args)
{
    //---------
    // argument vars
    State_18ac580e var_s = _wp_args->s;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_damping = _wp_args->damping;
    State_18ac580e adj_s = _wp_adj_args->s;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_damping = _wp_adj_args->damping;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::float32>* var_1;
    wp::float32* var_2;
    wp::array_t<wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::array_t<wp::vec_t<3, wp::float32>> var_10;
    const wp::vec_t<3, wp::float32> var_11 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 10.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::array_t<wp::vec_t<3, wp::float32>> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_40;
    wp::array_t<wp::vec_t<3, wp::float32>> var_41;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_42;
    wp::array_t<wp::vec_t<3, wp::float32>> var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::array_t<wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_40 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_41 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_42 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_43 = {};
    //---------
    // forward
    // def integrate(s: State, dt: float, damping: float):                                    <L 28>
    // tid = wp.tid()                                                                         <L 29>
    var_0 = builtin_tid1d();
    // w = s.inv_mass[tid]                                                                    <L 30>
    var_1 = &((var_s).inv_mass);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // if w == 0.0:                                                                           <L 31>
    var_7 = (var_4 == var_6);
    if (var_7) {
        // return                                                                             <L 32>
        goto label0;
    }
    // v = s.v[tid] + GRAVITY * dt                                                            <L 33>
    var_8 = &((var_s).v);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_12 = wp::mul(var_11, var_dt);
    var_14 = wp::load(var_9);
    var_13 = wp::add(var_14, var_12);
    // v = clamp_len(v * damping, 10.0)                                                       <L 34>
    var_15 = wp::mul(var_13, var_damping);
    var_17 = clamp_len_0(var_15, var_16);
    // x = s.x[tid] + v * dt                                                                  <L 35>
    var_18 = &((var_s).x);
    var_20 = wp::load(var_18);
    var_19 = wp::address(var_20, var_0);
    var_21 = wp::mul(var_17, var_dt);
    var_23 = wp::load(var_19);
    var_22 = wp::add(var_23, var_21);
    // d = sdf_sphere(x, wp.vec3(0.0, 0.0, 0.0), 1.0)                                         <L 36>
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_29 = sdf_sphere_0(var_22, var_27, var_28);
    // if d < 0.0:                                                                            <L 37>
    var_31 = (var_29 < var_30);
    if (var_31) {
        // n = wp.normalize(x)                                                                <L 38>
        var_32 = wp::normalize(var_22);
        // x = x - n * d                                                                      <L 39>
        var_33 = wp::mul(var_32, var_29);
        var_34 = wp::sub(var_22, var_33);
        // v = v - n * wp.dot(v, n)                                                           <L 40>
        var_35 = wp::dot(var_17, var_32);
        var_36 = wp::mul(var_32, var_35);
        var_37 = wp::sub(var_17, var_36);
    }
    var_38 = wp::where(var_31, var_37, var_17);
    var_39 = wp::where(var_31, var_34, var_22);
    // s.x[tid] = x                                                                           <L 41>
    var_40 = &((var_s).x);
    var_41 = wp::load(var_40);
    // wp::array_store(var_41, var_0, var_39);
    // s.v[tid] = v                                                                           <L 42>
    var_42 = &((var_s).v);
    var_43 = wp::load(var_42);
    // wp::array_store(var_43, var_0, var_38);
    //---------
    // reverse
    wp::adj_array_store(var_43, var_0, var_38, adj_42, adj_0, adj_38);
    adj_s.v = adj_42;
    // adj: s.v[tid] = v                                                                      <L 42>
    wp::adj_array_store(var_41, var_0, var_39, adj_40, adj_0, adj_39);
    adj_s.x = adj_40;
    // adj: s.x[tid] = x                                                                      <L 41>
    wp::adj_where(var_31, var_34, var_22, adj_31, adj_34, adj_22, adj_39);
    wp::adj_where(var_31, var_37, var_17, adj_31, adj_37, adj_17, adj_38);
    if (var_31) {
        wp::adj_sub(var_17, var_36, adj_17, adj_36, adj_37);
        wp::adj_mul(var_32, var_35, adj_32, adj_35, adj_36);
        wp::adj_dot(var_17, var_32, adj_17, adj_32, adj_35);
        // adj: v = v - n * wp.dot(v, n)                                                      <L 40>
        wp::adj_sub(var_22, var_33, adj_22, adj_33, adj_34);
        wp::adj_mul(var_32, var_29, adj_32, adj_29, adj_33);
        // adj: x = x - n * d                                                                 <L 39>
        wp::adj_normalize(var_22, var_32, adj_22, adj_32);
        // adj: n = wp.normalize(x)                                                           <L 38>
    }
    // adj: if d < 0.0:                                                                       <L 37>
    adj_sdf_sphere_0(var_22, var_27, var_28, adj_22, adj_27, adj_28, adj_29);
    wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
    // adj: d = sdf_sphere(x, wp.vec3(0.0, 0.0, 0.0), 1.0)                                    <L 36>
    wp::adj_add(var_23, var_21, adj_19, adj_21, adj_22);
    wp::adj_mul(var_17, var_dt, adj_17, adj_dt, adj_21);
    wp::adj_address(var_20, var_0, adj_18, adj_0, adj_19);
    adj_s.x = adj_18;
    // adj: x = s.x[tid] + v * dt                                                             <L 35>
    adj_clamp_len_0(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_mul(var_13, var_damping, adj_13, adj_damping, adj_15);
    // adj: v = clamp_len(v * damping, 10.0)                                                  <L 34>
    wp::adj_add(var_14, var_12, adj_9, adj_12, adj_13);
    wp::adj_mul(var_11, var_dt, adj_11, adj_dt, adj_12);
    wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
    adj_s.v = adj_8;
    // adj: v = s.v[tid] + GRAVITY * dt                                                       <L 33>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 32>
    }
    // adj: if w == 0.0:                                                                      <L 31>
    wp::adj_copy(var_5, adj_2, adj_4);
    wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
    adj_s.inv_mass = adj_1;
    // adj: w = s.inv_mass[tid]                                                               <L 30>
    // adj: tid = wp.tid()                                                                    <L 29>
    // adj: def integrate(s: State, dt: float, damping: float):                               <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_3c7db2c2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_3c7db2c2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_3c7db2c2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_3c7db2c2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_3c7db2c2 *_wp_args,
    wp_args_integrate_3c7db2c2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_3c7db2c2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_reduce_sum_69553bc1 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


void reduce_sum_69553bc1_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_reduce_sum_69553bc1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def reduce_sum(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                <L 46>
    // i, j = wp.tid()                                                                        <L 47>
    builtin_tid2d(var_0, var_1);
    // wp.atomic_add(out, i, a[i, j])                                                         <L 48>
    var_2 = wp::address(var_a, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::atomic_add(var_out, var_0, var_4);
}



void reduce_sum_69553bc1_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_reduce_sum_69553bc1 *_wp_args,
    wp_args_reduce_sum_69553bc1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def reduce_sum(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                <L 46>
    // i, j = wp.tid()                                                                        <L 47>
    builtin_tid2d(var_0, var_1);
    // wp.atomic_add(out, i, a[i, j])                                                         <L 48>
    var_2 = wp::address(var_a, var_0, var_1);
    var_4 = wp::load(var_2);
    // var_3 = wp::atomic_add(var_out, var_0, var_4);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_4, adj_out, adj_0, adj_2, adj_3);
    wp::adj_address(var_a, var_0, var_1, adj_a, adj_0, adj_1, adj_2);
    // adj: wp.atomic_add(out, i, a[i, j])                                                    <L 48>
    // adj: i, j = wp.tid()                                                                   <L 47>
    // adj: def reduce_sum(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):           <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void reduce_sum_69553bc1_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_reduce_sum_69553bc1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reduce_sum_69553bc1_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void reduce_sum_69553bc1_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_reduce_sum_69553bc1 *_wp_args,
    wp_args_reduce_sum_69553bc1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reduce_sum_69553bc1_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mat_ops_0af410a9 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> m;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void mat_ops_0af410a9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mat_ops_0af410a9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.5;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def mat_ops(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 52>
    // i = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 54>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = v[i]                                                                               <L 55>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = wp.vec3()                                                                          <L 56>
    var_7 = wp::vec_t<3, wp::float32>();
    // for k in range(3):                                                                     <L 57>
    // r[k] = wp.dot(A[k], b)                                                                 <L 58>
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::dot(var_9, var_5);
    wp::assign_inplace(var_7, var_8, var_10);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::dot(var_12, var_5);
    wp::assign_inplace(var_7, var_11, var_13);
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::dot(var_15, var_5);
    wp::assign_inplace(var_7, var_14, var_16);
    // t = wp.transpose(A) * b                                                                <L 59>
    var_17 = wp::transpose(var_2);
    var_18 = wp::mul(var_17, var_5);
    // out[i] = r + t                                                                         <L 60>
    var_19 = wp::add(var_7, var_18);
    wp::array_store(var_out, var_0, var_19);
    // q = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)                               <L 61>
    var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
    var_25 = wp::quat_from_axis_angle(var_23, var_24);
    // out[i] += wp.quat_rotate(q, b)                                                         <L 62>
    var_26 = wp::quat_rotate(var_25, var_5);
    var_27 = wp::atomic_add(var_out, var_0, var_26);
}



void mat_ops_0af410a9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mat_ops_0af410a9 *_wp_args,
    wp_args_mat_ops_0af410a9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.5;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::quat_t<wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def mat_ops(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 52>
    // i = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // A = m[i]                                                                               <L 54>
    var_1 = wp::address(var_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = v[i]                                                                               <L 55>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = wp.vec3()                                                                          <L 56>
    var_7 = wp::vec_t<3, wp::float32>();
    // for k in range(3):                                                                     <L 57>
    // r[k] = wp.dot(A[k], b)                                                                 <L 58>
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::dot(var_9, var_5);
    wp::assign_inplace(var_7, var_8, var_10);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::dot(var_12, var_5);
    wp::assign_inplace(var_7, var_11, var_13);
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::dot(var_15, var_5);
    wp::assign_inplace(var_7, var_14, var_16);
    // t = wp.transpose(A) * b                                                                <L 59>
    var_17 = wp::transpose(var_2);
    var_18 = wp::mul(var_17, var_5);
    // out[i] = r + t                                                                         <L 60>
    var_19 = wp::add(var_7, var_18);
    // wp::array_store(var_out, var_0, var_19);
    // q = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)                               <L 61>
    var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
    var_25 = wp::quat_from_axis_angle(var_23, var_24);
    // out[i] += wp.quat_rotate(q, b)                                                         <L 62>
    var_26 = wp::quat_rotate(var_25, var_5);
    // var_27 = wp::atomic_add(var_out, var_0, var_26);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_26, adj_out, adj_0, adj_26, adj_27);
    wp::adj_quat_rotate(var_25, var_5, adj_25, adj_5, adj_26);
    // adj: out[i] += wp.quat_rotate(q, b)                                                    <L 62>
    wp::adj_quat_from_axis_angle(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_vec_t(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
    // adj: q = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.5)                          <L 61>
    wp::adj_array_store(var_out, var_0, var_19, adj_out, adj_0, adj_19);
    wp::adj_add(var_7, var_18, adj_7, adj_18, adj_19);
    // adj: out[i] = r + t                                                                    <L 60>
    wp::adj_mul(var_17, var_5, adj_17, adj_5, adj_18);
    wp::adj_transpose(var_2, adj_2, adj_17);
    // adj: t = wp.transpose(A) * b                                                           <L 59>
    wp::adj_assign_inplace(var_7, var_14, var_16, adj_7, adj_14, adj_16);
    wp::adj_dot(var_15, var_5, adj_15, adj_5, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    wp::adj_assign_inplace(var_7, var_11, var_13, adj_7, adj_11, adj_13);
    wp::adj_dot(var_12, var_5, adj_12, adj_5, adj_13);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_assign_inplace(var_7, var_8, var_10, adj_7, adj_8, adj_10);
    wp::adj_dot(var_9, var_5, adj_9, adj_5, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    // adj: r[k] = wp.dot(A[k], b)                                                            <L 58>
    // adj: for k in range(3):                                                                <L 57>
    // adj: r = wp.vec3()                                                                     <L 56>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: b = v[i]                                                                          <L 55>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
    // adj: A = m[i]                                                                          <L 54>
    // adj: i = wp.tid()                                                                      <L 53>
    // adj: def mat_ops(m: wp.array(dtype=wp.mat33), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 52>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mat_ops_0af410a9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mat_ops_0af410a9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mat_ops_0af410a9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mat_ops_0af410a9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mat_ops_0af410a9 *_wp_args,
    wp_args_mat_ops_0af410a9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mat_ops_0af410a9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

