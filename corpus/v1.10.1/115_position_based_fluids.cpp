
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


struct PBFParams_e2af65e9
{
    wp::float32 h;
    wp::float32 rest_density;
    wp::float32 mass;
    wp::float32 relaxation;
    wp::float32 s_corr_k;
    wp::float32 s_corr_n;
    wp::float32 s_corr_dq;


    PBFParams_e2af65e9() = default;
    CUDA_CALLABLE PBFParams_e2af65e9(wp::float32 const& h,
    wp::float32 const& rest_density = {},
    wp::float32 const& mass = {},
    wp::float32 const& relaxation = {},
    wp::float32 const& s_corr_k = {},
    wp::float32 const& s_corr_n = {},
    wp::float32 const& s_corr_dq = {})
        : h{h}
        , rest_density{rest_density}
        , mass{mass}
        , relaxation{relaxation}
        , s_corr_k{s_corr_k}
        , s_corr_n{s_corr_n}
        , s_corr_dq{s_corr_dq}

    {
    }

    CUDA_CALLABLE PBFParams_e2af65e9& operator += (const PBFParams_e2af65e9& rhs)
    {    h += rhs.h;
    rest_density += rhs.rest_density;
    mass += rhs.mass;
    relaxation += rhs.relaxation;
    s_corr_k += rhs.s_corr_k;
    s_corr_n += rhs.s_corr_n;
    s_corr_dq += rhs.s_corr_dq;

        return *this;}

};

static CUDA_CALLABLE void adj_PBFParams_e2af65e9(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_h,
    wp::float32 & adj_rest_density,
    wp::float32 & adj_mass,
    wp::float32 & adj_relaxation,
    wp::float32 & adj_s_corr_k,
    wp::float32 & adj_s_corr_n,
    wp::float32 & adj_s_corr_dq,
    PBFParams_e2af65e9 & adj_ret)
{
    adj_h += adj_ret.h;
    adj_rest_density += adj_ret.rest_density;
    adj_mass += adj_ret.mass;
    adj_relaxation += adj_ret.relaxation;
    adj_s_corr_k += adj_ret.s_corr_k;
    adj_s_corr_n += adj_ret.s_corr_n;
    adj_s_corr_dq += adj_ret.s_corr_dq;
}

// Required when compiling adjoints.
CUDA_CALLABLE PBFParams_e2af65e9 add(const PBFParams_e2af65e9& a, const PBFParams_e2af65e9& b)
{
    return PBFParams_e2af65e9();
}

CUDA_CALLABLE void adj_atomic_add(PBFParams_e2af65e9* p, PBFParams_e2af65e9 t)
{
    wp::adj_atomic_add(&p->h, t.h);
    wp::adj_atomic_add(&p->rest_density, t.rest_density);
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->relaxation, t.relaxation);
    wp::adj_atomic_add(&p->s_corr_k, t.s_corr_k);
    wp::adj_atomic_add(&p->s_corr_n, t.s_corr_n);
    wp::adj_atomic_add(&p->s_corr_dq, t.s_corr_dq);
}



// corpus/115_position_based_fluids.py:17
static wp::float32 w_poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 315.0;
    const wp::float32 var_5 = 64.0;
    const wp::float32 var_6 = 3.14159265;
    wp::float32 var_7;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def w_poly6(r2: float, h: float) -> float:                                             <L 18>
    // h2 = h * h                                                                             <L 19>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 20>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 21>
        return var_2;
    }
    // d = h2 - r2                                                                            <L 22>
    var_3 = wp::sub(var_0, var_r2);
    // return 315.0 / (64.0 * PBF_PI * wp.pow(h, 9.0)) * d * d * d                            <L 23>
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::div(var_4, var_10);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::mul(var_12, var_3);
    var_14 = wp::mul(var_13, var_3);
    return var_14;
}


// corpus/115_position_based_fluids.py:26
static wp::vec_t<3, wp::float32> grad_spiky_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-09;
    bool var_2;
    bool var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 45.0;
    const wp::float32 var_8 = -45.0;
    const wp::float32 var_9 = 3.14159265;
    const wp::float32 var_10 = 6.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def grad_spiky(r: wp.vec3, h: float) -> wp.vec3:                                       <L 27>
    // l = wp.length(r)                                                                       <L 28>
    var_0 = wp::length(var_r);
    // if l <= 1.0e-9 or l >= h:                                                              <L 29>
    var_2 = (var_0 <= var_1);
    var_3 = (var_0 >= var_h);
    var_4 = var_2 || var_3;
    if (var_4) {
        // return wp.vec3()                                                                   <L 30>
        var_5 = wp::vec_t<3, wp::float32>();
        return var_5;
    }
    // d = h - l                                                                              <L 31>
    var_6 = wp::sub(var_h, var_0);
    // return r * (-45.0 / (PBF_PI * wp.pow(h, 6.0)) * d * d / l)                             <L 32>
    var_11 = wp::pow(var_h, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::div(var_8, var_12);
    var_14 = wp::mul(var_13, var_6);
    var_15 = wp::mul(var_14, var_6);
    var_16 = wp::div(var_15, var_0);
    var_17 = wp::mul(var_r, var_16);
    return var_17;
}


// corpus/115_position_based_fluids.py:17
static void adj_w_poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h,
    wp::float32 & adj_r2,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 315.0;
    const wp::float32 var_5 = 64.0;
    const wp::float32 var_6 = 3.14159265;
    wp::float32 var_7;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def w_poly6(r2: float, h: float) -> float:                                             <L 18>
    // h2 = h * h                                                                             <L 19>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 20>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 21>
        goto label0;
    }
    // d = h2 - r2                                                                            <L 22>
    var_3 = wp::sub(var_0, var_r2);
    // return 315.0 / (64.0 * PBF_PI * wp.pow(h, 9.0)) * d * d * d                            <L 23>
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::div(var_4, var_10);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::mul(var_12, var_3);
    var_14 = wp::mul(var_13, var_3);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_14 += adj_ret;
    wp::adj_mul(var_13, var_3, adj_13, adj_3, adj_14);
    wp::adj_mul(var_12, var_3, adj_12, adj_3, adj_13);
    wp::adj_mul(var_11, var_3, adj_11, adj_3, adj_12);
    wp::adj_div(var_4, var_10, var_11, adj_4, adj_10, adj_11);
    wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_pow(var_h, var_8, var_9, adj_h, adj_8, adj_9);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: return 315.0 / (64.0 * PBF_PI * wp.pow(h, 9.0)) * d * d * d                       <L 23>
    wp::adj_sub(var_0, var_r2, adj_0, adj_r2, adj_3);
    // adj: d = h2 - r2                                                                       <L 22>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0.0                                                                    <L 21>
    }
    // adj: if r2 >= h2:                                                                      <L 20>
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_0);
    // adj: h2 = h * h                                                                        <L 19>
    // adj: def w_poly6(r2: float, h: float) -> float:                                        <L 18>
    return;
}


// corpus/115_position_based_fluids.py:26
static void adj_grad_spiky_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-09;
    bool var_2;
    bool var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 45.0;
    const wp::float32 var_8 = -45.0;
    const wp::float32 var_9 = 3.14159265;
    const wp::float32 var_10 = 6.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def grad_spiky(r: wp.vec3, h: float) -> wp.vec3:                                       <L 27>
    // l = wp.length(r)                                                                       <L 28>
    var_0 = wp::length(var_r);
    // if l <= 1.0e-9 or l >= h:                                                              <L 29>
    var_2 = (var_0 <= var_1);
    var_3 = (var_0 >= var_h);
    var_4 = var_2 || var_3;
    if (var_4) {
        // return wp.vec3()                                                                   <L 30>
        var_5 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // d = h - l                                                                              <L 31>
    var_6 = wp::sub(var_h, var_0);
    // return r * (-45.0 / (PBF_PI * wp.pow(h, 6.0)) * d * d / l)                             <L 32>
    var_11 = wp::pow(var_h, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::div(var_8, var_12);
    var_14 = wp::mul(var_13, var_6);
    var_15 = wp::mul(var_14, var_6);
    var_16 = wp::div(var_15, var_0);
    var_17 = wp::mul(var_r, var_16);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret;
    wp::adj_mul(var_r, var_16, adj_r, adj_16, adj_17);
    wp::adj_div(var_15, var_0, var_16, adj_15, adj_0, adj_16);
    wp::adj_mul(var_14, var_6, adj_14, adj_6, adj_15);
    wp::adj_mul(var_13, var_6, adj_13, adj_6, adj_14);
    wp::adj_div(var_8, var_12, var_13, adj_8, adj_12, adj_13);
    wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_pow(var_h, var_10, var_11, adj_h, adj_10, adj_11);
    // adj: return r * (-45.0 / (PBF_PI * wp.pow(h, 6.0)) * d * d / l)                        <L 32>
    wp::adj_sub(var_h, var_0, adj_h, adj_0, adj_6);
    // adj: d = h - l                                                                         <L 31>
    if (var_4) {
        label0:;
        adj_5 += adj_ret;
        // adj: return wp.vec3()                                                              <L 30>
    }
    // adj: if l <= 1.0e-9 or l >= h:                                                         <L 29>
    wp::adj_length(var_r, var_0, adj_r, adj_0);
    // adj: l = wp.length(r)                                                                  <L 28>
    // adj: def grad_spiky(r: wp.vec3, h: float) -> wp.vec3:                                  <L 27>
    return;
}

struct wp_args_compute_lambdas_ec696a23 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    PBFParams_e2af65e9 params;
    wp::array_t<wp::float32> lambdas;
    wp::array_t<wp::float32> density_err;
};


void compute_lambdas_ec696a23_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_lambdas_ec696a23 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    PBFParams_e2af65e9 var_params = _wp_args->params;
    wp::array_t<wp::float32> var_lambdas = _wp_args->lambdas;
    wp::array_t<wp::float32> var_density_err = _wp_args->density_err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    wp::float32* var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::float32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::float32 var_57 = 1.0;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 0;
    wp::float32 var_68;
    wp::float32 var_69;
    //---------
    // forward
    // def compute_lambdas(x: wp.array(dtype=wp.vec3), params: PBFParams, lambdas: wp.array(dtype=float), density_err: wp.array(dtype=float)):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // xi = x[i]                                                                              <L 38>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rho = float(0.0)                                                                       <L 39>
    var_5 = wp::float(var_4);
    // grad_i = wp.vec3()                                                                     <L 40>
    var_6 = wp::vec_t<3, wp::float32>();
    // sum_grad2 = float(0.0)                                                                 <L 41>
    var_8 = wp::float(var_7);
    // for j in range(x.shape[0]):                                                            <L 42>
    var_9 = &(var_x.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // r = xi - x[j]                                                                      <L 43>
        var_15 = wp::address(var_x, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_2, var_17);
        // r2 = wp.dot(r, r)                                                                  <L 44>
        var_18 = wp::dot(var_16, var_16);
        // if r2 >= params.h * params.h:                                                      <L 45>
        var_19 = &(var_params.h);
        var_20 = &(var_params.h);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::mul(var_22, var_23);
        var_24 = (var_18 >= var_21);
        if (var_24) {
            // continue                                                                       <L 46>
            goto start_for_0;
        }
        // rho += params.mass * w_poly6(r2, params.h)                                         <L 47>
        var_25 = &(var_params.mass);
        var_26 = &(var_params.h);
        var_28 = wp::load(var_26);
        var_27 = w_poly6_0(var_18, var_28);
        var_30 = wp::load(var_25);
        var_29 = wp::mul(var_30, var_27);
        var_31 = &(var_params.mass);
        var_32 = &(var_params.h);
        var_34 = wp::load(var_32);
        var_33 = w_poly6_0(var_18, var_34);
        var_36 = wp::load(var_31);
        var_35 = wp::mul(var_36, var_33);
        var_37 = wp::add(var_5, var_35);
        // if j != i:                                                                         <L 48>
        var_38 = (var_14 != var_0);
        if (var_38) {
            // g = grad_spiky(r, params.h) * (params.mass / params.rest_density)              <L 49>
            var_39 = &(var_params.h);
            var_41 = wp::load(var_39);
            var_40 = grad_spiky_0(var_16, var_41);
            var_42 = &(var_params.mass);
            var_43 = &(var_params.rest_density);
            var_45 = wp::load(var_42);
            var_46 = wp::load(var_43);
            var_44 = wp::div(var_45, var_46);
            var_47 = wp::mul(var_40, var_44);
            // grad_i += g                                                                    <L 50>
            var_48 = wp::add(var_6, var_47);
            // sum_grad2 += wp.dot(g, g)                                                      <L 51>
            var_49 = wp::dot(var_47, var_47);
            var_50 = wp::dot(var_47, var_47);
            var_51 = wp::add(var_8, var_50);
        }
        var_52 = wp::where(var_38, var_48, var_6);
        var_53 = wp::where(var_38, var_51, var_8);
        wp::assign(var_5, var_37);
        wp::assign(var_6, var_52);
        wp::assign(var_8, var_53);
        goto start_for_0;
    end_for_0:;
    // C = rho / params.rest_density - 1.0                                                    <L 52>
    var_54 = &(var_params.rest_density);
    var_56 = wp::load(var_54);
    var_55 = wp::div(var_5, var_56);
    var_58 = wp::sub(var_55, var_57);
    // sum_grad2 += wp.dot(grad_i, grad_i)                                                    <L 53>
    var_59 = wp::dot(var_6, var_6);
    var_60 = wp::dot(var_6, var_6);
    var_61 = wp::add(var_8, var_60);
    // lambdas[i] = -C / (sum_grad2 + params.relaxation)                                      <L 54>
    var_62 = wp::neg(var_58);
    var_63 = &(var_params.relaxation);
    var_65 = wp::load(var_63);
    var_64 = wp::add(var_61, var_65);
    var_66 = wp::div(var_62, var_64);
    wp::array_store(var_lambdas, var_0, var_66);
    // wp.atomic_add(density_err, 0, wp.abs(C))                                               <L 55>
    var_68 = wp::abs(var_58);
    var_69 = wp::atomic_add(var_density_err, var_67, var_68);
}



void compute_lambdas_ec696a23_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_lambdas_ec696a23 *_wp_args,
    wp_args_compute_lambdas_ec696a23 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    PBFParams_e2af65e9 var_params = _wp_args->params;
    wp::array_t<wp::float32> var_lambdas = _wp_args->lambdas;
    wp::array_t<wp::float32> var_density_err = _wp_args->density_err;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    PBFParams_e2af65e9 adj_params = _wp_adj_args->params;
    wp::array_t<wp::float32> adj_lambdas = _wp_adj_args->lambdas;
    wp::array_t<wp::float32> adj_density_err = _wp_adj_args->density_err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    wp::float32* var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::float32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::float32 var_57 = 1.0;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 0;
    wp::float32 var_68;
    wp::float32 var_69;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
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
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    //---------
    // forward
    // def compute_lambdas(x: wp.array(dtype=wp.vec3), params: PBFParams, lambdas: wp.array(dtype=float), density_err: wp.array(dtype=float)):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // xi = x[i]                                                                              <L 38>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rho = float(0.0)                                                                       <L 39>
    var_5 = wp::float(var_4);
    // grad_i = wp.vec3()                                                                     <L 40>
    var_6 = wp::vec_t<3, wp::float32>();
    // sum_grad2 = float(0.0)                                                                 <L 41>
    var_8 = wp::float(var_7);
    // for j in range(x.shape[0]):                                                            <L 42>
    var_9 = &(var_x.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::range(var_11);
    // C = rho / params.rest_density - 1.0                                                    <L 52>
    var_54 = &(var_params.rest_density);
    var_56 = wp::load(var_54);
    var_55 = wp::div(var_5, var_56);
    var_58 = wp::sub(var_55, var_57);
    // sum_grad2 += wp.dot(grad_i, grad_i)                                                    <L 53>
    var_59 = wp::dot(var_6, var_6);
    var_60 = wp::dot(var_6, var_6);
    var_61 = wp::add(var_8, var_60);
    // lambdas[i] = -C / (sum_grad2 + params.relaxation)                                      <L 54>
    var_62 = wp::neg(var_58);
    var_63 = &(var_params.relaxation);
    var_65 = wp::load(var_63);
    var_64 = wp::add(var_61, var_65);
    var_66 = wp::div(var_62, var_64);
    // wp::array_store(var_lambdas, var_0, var_66);
    // wp.atomic_add(density_err, 0, wp.abs(C))                                               <L 55>
    var_68 = wp::abs(var_58);
    // var_69 = wp::atomic_add(var_density_err, var_67, var_68);
    //---------
    // reverse
    wp::adj_atomic_add(var_density_err, var_67, var_68, adj_density_err, adj_67, adj_68, adj_69);
    wp::adj_abs(var_58, adj_58, adj_68);
    // adj: wp.atomic_add(density_err, 0, wp.abs(C))                                          <L 55>
    wp::adj_array_store(var_lambdas, var_0, var_66, adj_lambdas, adj_0, adj_66);
    wp::adj_div(var_62, var_64, var_66, adj_62, adj_64, adj_66);
    wp::adj_add(var_61, var_65, adj_61, adj_63, adj_64);
    adj_params.relaxation += adj_63;
    wp::adj_neg(var_58, adj_58, adj_62);
    // adj: lambdas[i] = -C / (sum_grad2 + params.relaxation)                                 <L 54>
    wp::adj_add(var_8, var_60, adj_8, adj_60, adj_61);
    wp::adj_dot(var_6, var_6, adj_6, adj_6, adj_60);
    wp::adj_dot(var_6, var_6, adj_6, adj_6, adj_59);
    // adj: sum_grad2 += wp.dot(grad_i, grad_i)                                               <L 53>
    wp::adj_sub(var_55, var_57, adj_55, adj_57, adj_58);
    wp::adj_div(var_5, var_56, var_55, adj_5, adj_54, adj_55);
    adj_params.rest_density += adj_54;
    // adj: C = rho / params.rest_density - 1.0                                               <L 52>
    var_13 = wp::iter_reverse(var_13);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
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
        // r = xi - x[j]                                                                      <L 43>
        var_15 = wp::address(var_x, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_2, var_17);
        // r2 = wp.dot(r, r)                                                                  <L 44>
        var_18 = wp::dot(var_16, var_16);
        // if r2 >= params.h * params.h:                                                      <L 45>
        var_19 = &(var_params.h);
        var_20 = &(var_params.h);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::mul(var_22, var_23);
        var_24 = (var_18 >= var_21);
        if (var_24) {
            // continue                                                                       <L 46>
            goto start_for_0;
        }
        // rho += params.mass * w_poly6(r2, params.h)                                         <L 47>
        var_25 = &(var_params.mass);
        var_26 = &(var_params.h);
        var_28 = wp::load(var_26);
        var_27 = w_poly6_0(var_18, var_28);
        var_30 = wp::load(var_25);
        var_29 = wp::mul(var_30, var_27);
        var_31 = &(var_params.mass);
        var_32 = &(var_params.h);
        var_34 = wp::load(var_32);
        var_33 = w_poly6_0(var_18, var_34);
        var_36 = wp::load(var_31);
        var_35 = wp::mul(var_36, var_33);
        var_37 = wp::add(var_5, var_35);
        // if j != i:                                                                         <L 48>
        var_38 = (var_14 != var_0);
        if (var_38) {
            // g = grad_spiky(r, params.h) * (params.mass / params.rest_density)              <L 49>
            var_39 = &(var_params.h);
            var_41 = wp::load(var_39);
            var_40 = grad_spiky_0(var_16, var_41);
            var_42 = &(var_params.mass);
            var_43 = &(var_params.rest_density);
            var_45 = wp::load(var_42);
            var_46 = wp::load(var_43);
            var_44 = wp::div(var_45, var_46);
            var_47 = wp::mul(var_40, var_44);
            // grad_i += g                                                                    <L 50>
            var_48 = wp::add(var_6, var_47);
            // sum_grad2 += wp.dot(g, g)                                                      <L 51>
            var_49 = wp::dot(var_47, var_47);
            var_50 = wp::dot(var_47, var_47);
            var_51 = wp::add(var_8, var_50);
        }
        var_52 = wp::where(var_38, var_48, var_6);
        var_53 = wp::where(var_38, var_51, var_8);
        wp::assign(var_5, var_37);
        wp::assign(var_6, var_52);
        wp::assign(var_8, var_53);
        wp::adj_assign(var_8, var_53, adj_8, adj_53);
        wp::adj_assign(var_6, var_52, adj_6, adj_52);
        wp::adj_assign(var_5, var_37, adj_5, adj_37);
        wp::adj_where(var_38, var_51, var_8, adj_38, adj_51, adj_8, adj_53);
        wp::adj_where(var_38, var_48, var_6, adj_38, adj_48, adj_6, adj_52);
        if (var_38) {
            wp::adj_add(var_8, var_50, adj_8, adj_50, adj_51);
            wp::adj_dot(var_47, var_47, adj_47, adj_47, adj_50);
            wp::adj_dot(var_47, var_47, adj_47, adj_47, adj_49);
            // adj: sum_grad2 += wp.dot(g, g)                                                 <L 51>
            wp::adj_add(var_6, var_47, adj_6, adj_47, adj_48);
            // adj: grad_i += g                                                               <L 50>
            wp::adj_mul(var_40, var_44, adj_40, adj_44, adj_47);
            wp::adj_div(var_45, var_46, var_44, adj_42, adj_43, adj_44);
            adj_params.rest_density += adj_43;
            adj_params.mass += adj_42;
            adj_grad_spiky_0(var_16, var_41, adj_16, adj_39, adj_40);
            adj_params.h += adj_39;
            // adj: g = grad_spiky(r, params.h) * (params.mass / params.rest_density)         <L 49>
        }
        // adj: if j != i:                                                                    <L 48>
        wp::adj_add(var_5, var_35, adj_5, adj_35, adj_37);
        wp::adj_mul(var_36, var_33, adj_31, adj_33, adj_35);
        adj_w_poly6_0(var_18, var_34, adj_18, adj_32, adj_33);
        adj_params.h += adj_32;
        adj_params.mass += adj_31;
        wp::adj_mul(var_30, var_27, adj_25, adj_27, adj_29);
        adj_w_poly6_0(var_18, var_28, adj_18, adj_26, adj_27);
        adj_params.h += adj_26;
        adj_params.mass += adj_25;
        // adj: rho += params.mass * w_poly6(r2, params.h)                                    <L 47>
        if (var_24) {
            // adj: continue                                                                  <L 46>
        }
        wp::adj_mul(var_22, var_23, adj_19, adj_20, adj_21);
        adj_params.h += adj_20;
        adj_params.h += adj_19;
        // adj: if r2 >= params.h * params.h:                                                 <L 45>
        wp::adj_dot(var_16, var_16, adj_16, adj_16, adj_18);
        // adj: r2 = wp.dot(r, r)                                                             <L 44>
        wp::adj_sub(var_2, var_17, adj_2, adj_15, adj_16);
        wp::adj_address(var_x, var_14, adj_x, adj_14, adj_15);
        // adj: r = xi - x[j]                                                                 <L 43>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_11, adj_11, adj_13);
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_x.shape = adj_9;
    // adj: for j in range(x.shape[0]):                                                       <L 42>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: sum_grad2 = float(0.0)                                                            <L 41>
    // adj: grad_i = wp.vec3()                                                                <L 40>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: rho = float(0.0)                                                                  <L 39>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: xi = x[i]                                                                         <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def compute_lambdas(x: wp.array(dtype=wp.vec3), params: PBFParams, lambdas: wp.array(dtype=float), density_err: wp.array(dtype=float)):  <L 36>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compute_lambdas_ec696a23_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_compute_lambdas_ec696a23 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_lambdas_ec696a23_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_lambdas_ec696a23_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_compute_lambdas_ec696a23 *_wp_args,
    wp_args_compute_lambdas_ec696a23 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_lambdas_ec696a23_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_compute_deltas_767c4f48 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> lambdas;
    PBFParams_e2af65e9 params;
    wp::array_t<wp::vec_t<3, wp::float32>> dx;
};


void compute_deltas_767c4f48_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_deltas_767c4f48 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_lambdas = _wp_args->lambdas;
    PBFParams_e2af65e9 var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    wp::shape_t var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    const wp::float32 var_39 = 0.0;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    bool var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32* var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::float32 var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    const wp::float32 var_72 = 1.0;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    //---------
    // forward
    // def compute_deltas(x: wp.array(dtype=wp.vec3), lambdas: wp.array(dtype=float), params: PBFParams, dx: wp.array(dtype=wp.vec3)):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // xi = x[i]                                                                              <L 61>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // li = lambdas[i]                                                                        <L 62>
    var_4 = wp::address(var_lambdas, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // d = wp.vec3()                                                                          <L 63>
    var_7 = wp::vec_t<3, wp::float32>();
    // w_dq = w_poly6(params.s_corr_dq * params.s_corr_dq * params.h * params.h, params.h)       <L 64>
    var_8 = &(var_params.s_corr_dq);
    var_9 = &(var_params.s_corr_dq);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_12);
    var_13 = &(var_params.h);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_10, var_15);
    var_16 = &(var_params.h);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_14, var_18);
    var_19 = &(var_params.h);
    var_21 = wp::load(var_19);
    var_20 = w_poly6_0(var_17, var_21);
    // for j in range(x.shape[0]):                                                            <L 65>
    var_22 = &(var_x.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::range(var_24);
    start_for_0:;
        if (iter_cmp(var_26) == 0) goto end_for_0;
        var_27 = wp::iter_next(var_26);
        // if j == i:                                                                         <L 66>
        var_28 = (var_27 == var_0);
        if (var_28) {
            // continue                                                                       <L 67>
            goto start_for_0;
        }
        // r = xi - x[j]                                                                      <L 68>
        var_29 = wp::address(var_x, var_27);
        var_31 = wp::load(var_29);
        var_30 = wp::sub(var_2, var_31);
        // r2 = wp.dot(r, r)                                                                  <L 69>
        var_32 = wp::dot(var_30, var_30);
        // if r2 >= params.h * params.h:                                                      <L 70>
        var_33 = &(var_params.h);
        var_34 = &(var_params.h);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::mul(var_36, var_37);
        var_38 = (var_32 >= var_35);
        if (var_38) {
            // continue                                                                       <L 71>
            goto start_for_0;
        }
        // s_corr = float(0.0)                                                                <L 72>
        var_40 = wp::float(var_39);
        // if w_dq > 0.0:                                                                     <L 73>
        var_42 = (var_20 > var_41);
        if (var_42) {
            // s_corr = -params.s_corr_k * wp.pow(w_poly6(r2, params.h) / w_dq, params.s_corr_n)       <L 74>
            var_43 = &(var_params.s_corr_k);
            var_45 = wp::load(var_43);
            var_44 = wp::neg(var_45);
            var_46 = &(var_params.h);
            var_48 = wp::load(var_46);
            var_47 = w_poly6_0(var_32, var_48);
            var_49 = wp::div(var_47, var_20);
            var_50 = &(var_params.s_corr_n);
            var_52 = wp::load(var_50);
            var_51 = wp::pow(var_49, var_52);
            var_53 = wp::mul(var_44, var_51);
        }
        var_54 = wp::where(var_42, var_53, var_40);
        // d += grad_spiky(r, params.h) * (li + lambdas[j] + s_corr)                          <L 75>
        var_55 = &(var_params.h);
        var_57 = wp::load(var_55);
        var_56 = grad_spiky_0(var_30, var_57);
        var_58 = wp::address(var_lambdas, var_27);
        var_60 = wp::load(var_58);
        var_59 = wp::add(var_5, var_60);
        var_61 = wp::add(var_59, var_54);
        var_62 = wp::mul(var_56, var_61);
        var_63 = &(var_params.h);
        var_65 = wp::load(var_63);
        var_64 = grad_spiky_0(var_30, var_65);
        var_66 = wp::address(var_lambdas, var_27);
        var_68 = wp::load(var_66);
        var_67 = wp::add(var_5, var_68);
        var_69 = wp::add(var_67, var_54);
        var_70 = wp::mul(var_64, var_69);
        var_71 = wp::add(var_7, var_70);
        wp::assign(var_7, var_71);
        goto start_for_0;
    end_for_0:;
    // dx[i] = d * (1.0 / params.rest_density)                                                <L 76>
    var_73 = &(var_params.rest_density);
    var_75 = wp::load(var_73);
    var_74 = wp::div(var_72, var_75);
    var_76 = wp::mul(var_7, var_74);
    wp::array_store(var_dx, var_0, var_76);
}



void compute_deltas_767c4f48_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_compute_deltas_767c4f48 *_wp_args,
    wp_args_compute_deltas_767c4f48 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_lambdas = _wp_args->lambdas;
    PBFParams_e2af65e9 var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_lambdas = _wp_adj_args->lambdas;
    PBFParams_e2af65e9 adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx = _wp_adj_args->dx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    wp::shape_t var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    bool var_38;
    const wp::float32 var_39 = 0.0;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    bool var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32* var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::float32 var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    const wp::float32 var_72 = 1.0;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::shape_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::range_t adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    bool adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
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
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    //---------
    // forward
    // def compute_deltas(x: wp.array(dtype=wp.vec3), lambdas: wp.array(dtype=float), params: PBFParams, dx: wp.array(dtype=wp.vec3)):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // xi = x[i]                                                                              <L 61>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // li = lambdas[i]                                                                        <L 62>
    var_4 = wp::address(var_lambdas, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // d = wp.vec3()                                                                          <L 63>
    var_7 = wp::vec_t<3, wp::float32>();
    // w_dq = w_poly6(params.s_corr_dq * params.s_corr_dq * params.h * params.h, params.h)       <L 64>
    var_8 = &(var_params.s_corr_dq);
    var_9 = &(var_params.s_corr_dq);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_12);
    var_13 = &(var_params.h);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_10, var_15);
    var_16 = &(var_params.h);
    var_18 = wp::load(var_16);
    var_17 = wp::mul(var_14, var_18);
    var_19 = &(var_params.h);
    var_21 = wp::load(var_19);
    var_20 = w_poly6_0(var_17, var_21);
    // for j in range(x.shape[0]):                                                            <L 65>
    var_22 = &(var_x.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::range(var_24);
    // dx[i] = d * (1.0 / params.rest_density)                                                <L 76>
    var_73 = &(var_params.rest_density);
    var_75 = wp::load(var_73);
    var_74 = wp::div(var_72, var_75);
    var_76 = wp::mul(var_7, var_74);
    // wp::array_store(var_dx, var_0, var_76);
    //---------
    // reverse
    wp::adj_array_store(var_dx, var_0, var_76, adj_dx, adj_0, adj_76);
    wp::adj_mul(var_7, var_74, adj_7, adj_74, adj_76);
    wp::adj_div(var_72, var_75, var_74, adj_72, adj_73, adj_74);
    adj_params.rest_density += adj_73;
    // adj: dx[i] = d * (1.0 / params.rest_density)                                           <L 76>
    var_26 = wp::iter_reverse(var_26);
    start_for_0:;
        if (iter_cmp(var_26) == 0) goto end_for_0;
        var_27 = wp::iter_next(var_26);
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
        // if j == i:                                                                         <L 66>
        var_28 = (var_27 == var_0);
        if (var_28) {
            // continue                                                                       <L 67>
            goto start_for_0;
        }
        // r = xi - x[j]                                                                      <L 68>
        var_29 = wp::address(var_x, var_27);
        var_31 = wp::load(var_29);
        var_30 = wp::sub(var_2, var_31);
        // r2 = wp.dot(r, r)                                                                  <L 69>
        var_32 = wp::dot(var_30, var_30);
        // if r2 >= params.h * params.h:                                                      <L 70>
        var_33 = &(var_params.h);
        var_34 = &(var_params.h);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::mul(var_36, var_37);
        var_38 = (var_32 >= var_35);
        if (var_38) {
            // continue                                                                       <L 71>
            goto start_for_0;
        }
        // s_corr = float(0.0)                                                                <L 72>
        var_40 = wp::float(var_39);
        // if w_dq > 0.0:                                                                     <L 73>
        var_42 = (var_20 > var_41);
        if (var_42) {
            // s_corr = -params.s_corr_k * wp.pow(w_poly6(r2, params.h) / w_dq, params.s_corr_n)       <L 74>
            var_43 = &(var_params.s_corr_k);
            var_45 = wp::load(var_43);
            var_44 = wp::neg(var_45);
            var_46 = &(var_params.h);
            var_48 = wp::load(var_46);
            var_47 = w_poly6_0(var_32, var_48);
            var_49 = wp::div(var_47, var_20);
            var_50 = &(var_params.s_corr_n);
            var_52 = wp::load(var_50);
            var_51 = wp::pow(var_49, var_52);
            var_53 = wp::mul(var_44, var_51);
        }
        var_54 = wp::where(var_42, var_53, var_40);
        // d += grad_spiky(r, params.h) * (li + lambdas[j] + s_corr)                          <L 75>
        var_55 = &(var_params.h);
        var_57 = wp::load(var_55);
        var_56 = grad_spiky_0(var_30, var_57);
        var_58 = wp::address(var_lambdas, var_27);
        var_60 = wp::load(var_58);
        var_59 = wp::add(var_5, var_60);
        var_61 = wp::add(var_59, var_54);
        var_62 = wp::mul(var_56, var_61);
        var_63 = &(var_params.h);
        var_65 = wp::load(var_63);
        var_64 = grad_spiky_0(var_30, var_65);
        var_66 = wp::address(var_lambdas, var_27);
        var_68 = wp::load(var_66);
        var_67 = wp::add(var_5, var_68);
        var_69 = wp::add(var_67, var_54);
        var_70 = wp::mul(var_64, var_69);
        var_71 = wp::add(var_7, var_70);
        wp::assign(var_7, var_71);
        wp::adj_assign(var_7, var_71, adj_7, adj_71);
        wp::adj_add(var_7, var_70, adj_7, adj_70, adj_71);
        wp::adj_mul(var_64, var_69, adj_64, adj_69, adj_70);
        wp::adj_add(var_67, var_54, adj_67, adj_54, adj_69);
        wp::adj_add(var_5, var_68, adj_5, adj_66, adj_67);
        wp::adj_address(var_lambdas, var_27, adj_lambdas, adj_27, adj_66);
        adj_grad_spiky_0(var_30, var_65, adj_30, adj_63, adj_64);
        adj_params.h += adj_63;
        wp::adj_mul(var_56, var_61, adj_56, adj_61, adj_62);
        wp::adj_add(var_59, var_54, adj_59, adj_54, adj_61);
        wp::adj_add(var_5, var_60, adj_5, adj_58, adj_59);
        wp::adj_address(var_lambdas, var_27, adj_lambdas, adj_27, adj_58);
        adj_grad_spiky_0(var_30, var_57, adj_30, adj_55, adj_56);
        adj_params.h += adj_55;
        // adj: d += grad_spiky(r, params.h) * (li + lambdas[j] + s_corr)                     <L 75>
        wp::adj_where(var_42, var_53, var_40, adj_42, adj_53, adj_40, adj_54);
        if (var_42) {
            wp::adj_mul(var_44, var_51, adj_44, adj_51, adj_53);
            wp::adj_pow(var_49, var_52, var_51, adj_49, adj_50, adj_51);
            adj_params.s_corr_n += adj_50;
            wp::adj_div(var_47, var_20, var_49, adj_47, adj_20, adj_49);
            adj_w_poly6_0(var_32, var_48, adj_32, adj_46, adj_47);
            adj_params.h += adj_46;
            wp::adj_neg(var_45, adj_43, adj_44);
            adj_params.s_corr_k += adj_43;
            // adj: s_corr = -params.s_corr_k * wp.pow(w_poly6(r2, params.h) / w_dq, params.s_corr_n)  <L 74>
        }
        // adj: if w_dq > 0.0:                                                                <L 73>
        wp::adj_float(var_39, adj_39, adj_40);
        // adj: s_corr = float(0.0)                                                           <L 72>
        if (var_38) {
            // adj: continue                                                                  <L 71>
        }
        wp::adj_mul(var_36, var_37, adj_33, adj_34, adj_35);
        adj_params.h += adj_34;
        adj_params.h += adj_33;
        // adj: if r2 >= params.h * params.h:                                                 <L 70>
        wp::adj_dot(var_30, var_30, adj_30, adj_30, adj_32);
        // adj: r2 = wp.dot(r, r)                                                             <L 69>
        wp::adj_sub(var_2, var_31, adj_2, adj_29, adj_30);
        wp::adj_address(var_x, var_27, adj_x, adj_27, adj_29);
        // adj: r = xi - x[j]                                                                 <L 68>
        if (var_28) {
            // adj: continue                                                                  <L 67>
        }
        // adj: if j == i:                                                                    <L 66>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_24, adj_24, adj_26);
    wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
    adj_x.shape = adj_22;
    // adj: for j in range(x.shape[0]):                                                       <L 65>
    adj_w_poly6_0(var_17, var_21, adj_17, adj_19, adj_20);
    adj_params.h += adj_19;
    wp::adj_mul(var_14, var_18, adj_14, adj_16, adj_17);
    adj_params.h += adj_16;
    wp::adj_mul(var_10, var_15, adj_10, adj_13, adj_14);
    adj_params.h += adj_13;
    wp::adj_mul(var_11, var_12, adj_8, adj_9, adj_10);
    adj_params.s_corr_dq += adj_9;
    adj_params.s_corr_dq += adj_8;
    // adj: w_dq = w_poly6(params.s_corr_dq * params.s_corr_dq * params.h * params.h, params.h)  <L 64>
    // adj: d = wp.vec3()                                                                     <L 63>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_lambdas, var_0, adj_lambdas, adj_0, adj_4);
    // adj: li = lambdas[i]                                                                   <L 62>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: xi = x[i]                                                                         <L 61>
    // adj: i = wp.tid()                                                                      <L 60>
    // adj: def compute_deltas(x: wp.array(dtype=wp.vec3), lambdas: wp.array(dtype=float), params: PBFParams, dx: wp.array(dtype=wp.vec3)):  <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compute_deltas_767c4f48_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_compute_deltas_767c4f48 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_deltas_767c4f48_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_deltas_767c4f48_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_compute_deltas_767c4f48 *_wp_args,
    wp_args_compute_deltas_767c4f48 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        compute_deltas_767c4f48_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_deltas_box_f73b394e {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> dx;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
};


void apply_deltas_box_f73b394e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_deltas_box_f73b394e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def apply_deltas_box(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):       <L 80>
    // i = wp.tid()                                                                           <L 81>
    var_0 = builtin_tid1d();
    // p = x[i] + dx[i]                                                                       <L 82>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_dx, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    // x[i] = wp.min(wp.max(p, lo), hi)                                                       <L 83>
    var_6 = wp::max(var_3, var_lo);
    var_7 = wp::min(var_6, var_hi);
    wp::array_store(var_x, var_0, var_7);
}



void apply_deltas_box_f73b394e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_deltas_box_f73b394e *_wp_args,
    wp_args_apply_deltas_box_f73b394e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx = _wp_adj_args->dx;
    wp::vec_t<3, wp::float32> adj_lo = _wp_adj_args->lo;
    wp::vec_t<3, wp::float32> adj_hi = _wp_adj_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
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
    //---------
    // forward
    // def apply_deltas_box(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):       <L 80>
    // i = wp.tid()                                                                           <L 81>
    var_0 = builtin_tid1d();
    // p = x[i] + dx[i]                                                                       <L 82>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_dx, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    // x[i] = wp.min(wp.max(p, lo), hi)                                                       <L 83>
    var_6 = wp::max(var_3, var_lo);
    var_7 = wp::min(var_6, var_hi);
    // wp::array_store(var_x, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_7, adj_x, adj_0, adj_7);
    wp::adj_min(var_6, var_hi, adj_6, adj_hi, adj_7);
    wp::adj_max(var_3, var_lo, adj_3, adj_lo, adj_6);
    // adj: x[i] = wp.min(wp.max(p, lo), hi)                                                  <L 83>
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_dx, var_0, adj_dx, adj_0, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[i] + dx[i]                                                                  <L 82>
    // adj: i = wp.tid()                                                                      <L 81>
    // adj: def apply_deltas_box(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):  <L 80>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void apply_deltas_box_f73b394e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_apply_deltas_box_f73b394e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_deltas_box_f73b394e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_deltas_box_f73b394e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_apply_deltas_box_f73b394e *_wp_args,
    wp_args_apply_deltas_box_f73b394e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_deltas_box_f73b394e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_xsph_viscosity_6a7c33c7 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    PBFParams_e2af65e9 params;
    wp::float32 c;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
};


void xsph_viscosity_6a7c33c7_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_xsph_viscosity_6a7c33c7 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    PBFParams_e2af65e9 var_params = _wp_args->params;
    wp::float32 var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // forward
    // def xsph_viscosity(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), params: PBFParams, c: float, v_out: wp.array(dtype=wp.vec3)):       <L 87>
    // i = wp.tid()                                                                           <L 88>
    var_0 = builtin_tid1d();
    // acc = wp.vec3()                                                                        <L 89>
    var_1 = wp::vec_t<3, wp::float32>();
    // for j in range(x.shape[0]):                                                            <L 90>
    var_2 = &(var_x.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // if j == i:                                                                         <L 91>
        var_8 = (var_7 == var_0);
        if (var_8) {
            // continue                                                                       <L 92>
            goto start_for_0;
        }
        // r2 = wp.length_sq(x[i] - x[j])                                                     <L 93>
        var_9 = wp::address(var_x, var_0);
        var_10 = wp::address(var_x, var_7);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::length_sq(var_11);
        // acc += (v[j] - v[i]) * w_poly6(r2, params.h)                                       <L 94>
        var_15 = wp::address(var_v, var_7);
        var_16 = wp::address(var_v, var_0);
        var_18 = wp::load(var_15);
        var_19 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_19);
        var_20 = &(var_params.h);
        var_22 = wp::load(var_20);
        var_21 = w_poly6_0(var_14, var_22);
        var_23 = wp::mul(var_17, var_21);
        var_24 = wp::address(var_v, var_7);
        var_25 = wp::address(var_v, var_0);
        var_27 = wp::load(var_24);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        var_29 = &(var_params.h);
        var_31 = wp::load(var_29);
        var_30 = w_poly6_0(var_14, var_31);
        var_32 = wp::mul(var_26, var_30);
        var_33 = wp::add(var_1, var_32);
        wp::assign(var_1, var_33);
        goto start_for_0;
    end_for_0:;
    // v_out[i] = v[i] + acc * c                                                              <L 95>
    var_34 = wp::address(var_v, var_0);
    var_35 = wp::mul(var_1, var_c);
    var_37 = wp::load(var_34);
    var_36 = wp::add(var_37, var_35);
    wp::array_store(var_v_out, var_0, var_36);
}



void xsph_viscosity_6a7c33c7_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_xsph_viscosity_6a7c33c7 *_wp_args,
    wp_args_xsph_viscosity_6a7c33c7 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    PBFParams_e2af65e9 var_params = _wp_args->params;
    wp::float32 var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    PBFParams_e2af65e9 adj_params = _wp_adj_args->params;
    wp::float32 adj_c = _wp_adj_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    //---------
    // forward
    // def xsph_viscosity(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), params: PBFParams, c: float, v_out: wp.array(dtype=wp.vec3)):       <L 87>
    // i = wp.tid()                                                                           <L 88>
    var_0 = builtin_tid1d();
    // acc = wp.vec3()                                                                        <L 89>
    var_1 = wp::vec_t<3, wp::float32>();
    // for j in range(x.shape[0]):                                                            <L 90>
    var_2 = &(var_x.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    // v_out[i] = v[i] + acc * c                                                              <L 95>
    var_34 = wp::address(var_v, var_0);
    var_35 = wp::mul(var_1, var_c);
    var_37 = wp::load(var_34);
    var_36 = wp::add(var_37, var_35);
    // wp::array_store(var_v_out, var_0, var_36);
    //---------
    // reverse
    wp::adj_array_store(var_v_out, var_0, var_36, adj_v_out, adj_0, adj_36);
    wp::adj_add(var_37, var_35, adj_34, adj_35, adj_36);
    wp::adj_mul(var_1, var_c, adj_1, adj_c, adj_35);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_34);
    // adj: v_out[i] = v[i] + acc * c                                                         <L 95>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
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
        // if j == i:                                                                         <L 91>
        var_8 = (var_7 == var_0);
        if (var_8) {
            // continue                                                                       <L 92>
            goto start_for_0;
        }
        // r2 = wp.length_sq(x[i] - x[j])                                                     <L 93>
        var_9 = wp::address(var_x, var_0);
        var_10 = wp::address(var_x, var_7);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::length_sq(var_11);
        // acc += (v[j] - v[i]) * w_poly6(r2, params.h)                                       <L 94>
        var_15 = wp::address(var_v, var_7);
        var_16 = wp::address(var_v, var_0);
        var_18 = wp::load(var_15);
        var_19 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_19);
        var_20 = &(var_params.h);
        var_22 = wp::load(var_20);
        var_21 = w_poly6_0(var_14, var_22);
        var_23 = wp::mul(var_17, var_21);
        var_24 = wp::address(var_v, var_7);
        var_25 = wp::address(var_v, var_0);
        var_27 = wp::load(var_24);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        var_29 = &(var_params.h);
        var_31 = wp::load(var_29);
        var_30 = w_poly6_0(var_14, var_31);
        var_32 = wp::mul(var_26, var_30);
        var_33 = wp::add(var_1, var_32);
        wp::assign(var_1, var_33);
        wp::adj_assign(var_1, var_33, adj_1, adj_33);
        wp::adj_add(var_1, var_32, adj_1, adj_32, adj_33);
        wp::adj_mul(var_26, var_30, adj_26, adj_30, adj_32);
        adj_w_poly6_0(var_14, var_31, adj_14, adj_29, adj_30);
        adj_params.h += adj_29;
        wp::adj_sub(var_27, var_28, adj_24, adj_25, adj_26);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_25);
        wp::adj_address(var_v, var_7, adj_v, adj_7, adj_24);
        wp::adj_mul(var_17, var_21, adj_17, adj_21, adj_23);
        adj_w_poly6_0(var_14, var_22, adj_14, adj_20, adj_21);
        adj_params.h += adj_20;
        wp::adj_sub(var_18, var_19, adj_15, adj_16, adj_17);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_16);
        wp::adj_address(var_v, var_7, adj_v, adj_7, adj_15);
        // adj: acc += (v[j] - v[i]) * w_poly6(r2, params.h)                                  <L 94>
        wp::adj_length_sq(var_11, adj_11, adj_14);
        wp::adj_sub(var_12, var_13, adj_9, adj_10, adj_11);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_10);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
        // adj: r2 = wp.length_sq(x[i] - x[j])                                                <L 93>
        if (var_8) {
            // adj: continue                                                                  <L 92>
        }
        // adj: if j == i:                                                                    <L 91>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_4, adj_4, adj_6);
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_x.shape = adj_2;
    // adj: for j in range(x.shape[0]):                                                       <L 90>
    // adj: acc = wp.vec3()                                                                   <L 89>
    // adj: i = wp.tid()                                                                      <L 88>
    // adj: def xsph_viscosity(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), params: PBFParams, c: float, v_out: wp.array(dtype=wp.vec3)):  <L 87>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void xsph_viscosity_6a7c33c7_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_xsph_viscosity_6a7c33c7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        xsph_viscosity_6a7c33c7_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void xsph_viscosity_6a7c33c7_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_xsph_viscosity_6a7c33c7 *_wp_args,
    wp_args_xsph_viscosity_6a7c33c7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        xsph_viscosity_6a7c33c7_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

