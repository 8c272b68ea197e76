
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()


struct OscParams_09e59d7e
{
    wp::float32 omega;
    wp::float32 zeta;
    wp::float32 drive_amp;
    wp::float32 drive_freq;
    wp::float32 nonlinear;


    OscParams_09e59d7e() = default;
    CUDA_CALLABLE OscParams_09e59d7e(wp::float32 const& omega,
    wp::float32 const& zeta = {},
    wp::float32 const& drive_amp = {},
    wp::float32 const& drive_freq = {},
    wp::float32 const& nonlinear = {})
        : omega{omega}
        , zeta{zeta}
        , drive_amp{drive_amp}
        , drive_freq{drive_freq}
        , nonlinear{nonlinear}

    {
    }

    CUDA_CALLABLE OscParams_09e59d7e& operator += (const OscParams_09e59d7e& rhs)
    {    omega += rhs.omega;
    zeta += rhs.zeta;
    drive_amp += rhs.drive_amp;
    drive_freq += rhs.drive_freq;
    nonlinear += rhs.nonlinear;

        return *this;}

};

static CUDA_CALLABLE void adj_OscParams_09e59d7e(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_omega,
    wp::float32 & adj_zeta,
    wp::float32 & adj_drive_amp,
    wp::float32 & adj_drive_freq,
    wp::float32 & adj_nonlinear,
    OscParams_09e59d7e & adj_ret)
{
    adj_omega += adj_ret.omega;
    adj_zeta += adj_ret.zeta;
    adj_drive_amp += adj_ret.drive_amp;
    adj_drive_freq += adj_ret.drive_freq;
    adj_nonlinear += adj_ret.nonlinear;
}

// Required when compiling adjoints.
CUDA_CALLABLE OscParams_09e59d7e add(const OscParams_09e59d7e& a, const OscParams_09e59d7e& b)
{
    return OscParams_09e59d7e();
}

CUDA_CALLABLE void adj_atomic_add(OscParams_09e59d7e* p, OscParams_09e59d7e t)
{
    wp::adj_atomic_add(&p->omega, t.omega);
    wp::adj_atomic_add(&p->zeta, t.zeta);
    wp::adj_atomic_add(&p->drive_amp, t.drive_amp);
    wp::adj_atomic_add(&p->drive_freq, t.drive_freq);
    wp::adj_atomic_add(&p->nonlinear, t.nonlinear);
}



// corpus/050_rk4_integrator.py:13
static CUDA_CALLABLE void deriv_0(
    wp::float32 var_t,
    wp::float32 var_x,
    wp::float32 var_v,
    OscParams_09e59d7e var_p,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 2.0;
    const wp::float32 var_8 = -2.0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // forward
    // def deriv(t: float, x: float, v: float, p: OscParams):                                 <L 14>
    // drive = p.drive_amp * wp.cos(p.drive_freq * t)                                         <L 15>
    var_0 = &(var_p.drive_amp);
    var_1 = &(var_p.drive_freq);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_3, var_t);
    var_4 = wp::cos(var_2);
    var_6 = wp::load(var_0);
    var_5 = wp::mul(var_6, var_4);
    // a = -2.0 * p.zeta * p.omega * v - p.omega * p.omega * x - p.nonlinear * x * x * x + drive       <L 16>
    var_9 = &(var_p.zeta);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_8, var_11);
    var_12 = &(var_p.omega);
    var_14 = wp::load(var_12);
    var_13 = wp::mul(var_10, var_14);
    var_15 = wp::mul(var_13, var_v);
    var_16 = &(var_p.omega);
    var_17 = &(var_p.omega);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_20);
    var_21 = wp::mul(var_18, var_x);
    var_22 = wp::sub(var_15, var_21);
    var_23 = &(var_p.nonlinear);
    var_25 = wp::load(var_23);
    var_24 = wp::mul(var_25, var_x);
    var_26 = wp::mul(var_24, var_x);
    var_27 = wp::mul(var_26, var_x);
    var_28 = wp::sub(var_22, var_27);
    var_29 = wp::add(var_28, var_5);
    // return v, a                                                                            <L 17>
    ret_0 = var_v;
    ret_1 = var_29;
    return;
}


// corpus/050_rk4_integrator.py:20
static CUDA_CALLABLE void rk4_step_0(
    wp::float32 var_t,
    wp::float32 var_x,
    wp::float32 var_v,
    wp::float32 var_h,
    OscParams_09e59d7e var_p,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 6.0;
    wp::float32 var_36;
    const wp::float32 var_37 = 2.0;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 6.0;
    wp::float32 var_47;
    const wp::float32 var_48 = 2.0;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 2.0;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // forward
    // def rk4_step(t: float, x: float, v: float, h: float, p: OscParams):                    <L 21>
    // k1x, k1v = deriv(t, x, v, p)                                                           <L 22>
    deriv_0(var_t, var_x, var_v, var_p, var_0, var_1);
    // k2x, k2v = deriv(t + 0.5 * h, x + 0.5 * h * k1x, v + 0.5 * h * k1v, p)                 <L 23>
    var_3 = wp::mul(var_2, var_h);
    var_4 = wp::add(var_t, var_3);
    var_6 = wp::mul(var_5, var_h);
    var_7 = wp::mul(var_6, var_0);
    var_8 = wp::add(var_x, var_7);
    var_10 = wp::mul(var_9, var_h);
    var_11 = wp::mul(var_10, var_1);
    var_12 = wp::add(var_v, var_11);
    deriv_0(var_4, var_8, var_12, var_p, var_13, var_14);
    // k3x, k3v = deriv(t + 0.5 * h, x + 0.5 * h * k2x, v + 0.5 * h * k2v, p)                 <L 24>
    var_16 = wp::mul(var_15, var_h);
    var_17 = wp::add(var_t, var_16);
    var_19 = wp::mul(var_18, var_h);
    var_20 = wp::mul(var_19, var_13);
    var_21 = wp::add(var_x, var_20);
    var_23 = wp::mul(var_22, var_h);
    var_24 = wp::mul(var_23, var_14);
    var_25 = wp::add(var_v, var_24);
    deriv_0(var_17, var_21, var_25, var_p, var_26, var_27);
    // k4x, k4v = deriv(t + h, x + h * k3x, v + h * k3v, p)                                   <L 25>
    var_28 = wp::add(var_t, var_h);
    var_29 = wp::mul(var_h, var_26);
    var_30 = wp::add(var_x, var_29);
    var_31 = wp::mul(var_h, var_27);
    var_32 = wp::add(var_v, var_31);
    deriv_0(var_28, var_30, var_32, var_p, var_33, var_34);
    // xn = x + h / 6.0 * (k1x + 2.0 * k2x + 2.0 * k3x + k4x)                                 <L 26>
    var_36 = wp::div(var_h, var_35);
    var_38 = wp::mul(var_37, var_13);
    var_39 = wp::add(var_0, var_38);
    var_41 = wp::mul(var_40, var_26);
    var_42 = wp::add(var_39, var_41);
    var_43 = wp::add(var_42, var_33);
    var_44 = wp::mul(var_36, var_43);
    var_45 = wp::add(var_x, var_44);
    // vn = v + h / 6.0 * (k1v + 2.0 * k2v + 2.0 * k3v + k4v)                                 <L 27>
    var_47 = wp::div(var_h, var_46);
    var_49 = wp::mul(var_48, var_14);
    var_50 = wp::add(var_1, var_49);
    var_52 = wp::mul(var_51, var_27);
    var_53 = wp::add(var_50, var_52);
    var_54 = wp::add(var_53, var_34);
    var_55 = wp::mul(var_47, var_54);
    var_56 = wp::add(var_v, var_55);
    // return xn, vn                                                                          <L 28>
    ret_0 = var_45;
    ret_1 = var_56;
    return;
}


// corpus/050_rk4_integrator.py:31
static CUDA_CALLABLE wp::vec_t<3, wp::float32> lorenz_0(
    wp::vec_t<3, wp::float32> var_s,
    wp::float32 var_sigma,
    wp::float32 var_rho,
    wp::float32 var_beta)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // forward
    // def lorenz(s: wp.vec3, sigma: float, rho: float, beta: float) -> wp.vec3:              <L 32>
    // return wp.vec3(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])       <L 33>
    var_1 = wp::extract(var_s, var_0);
    var_3 = wp::extract(var_s, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_sigma, var_4);
    var_7 = wp::extract(var_s, var_6);
    var_9 = wp::extract(var_s, var_8);
    var_10 = wp::sub(var_rho, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_13 = wp::extract(var_s, var_12);
    var_14 = wp::sub(var_11, var_13);
    var_16 = wp::extract(var_s, var_15);
    var_18 = wp::extract(var_s, var_17);
    var_19 = wp::mul(var_16, var_18);
    var_21 = wp::extract(var_s, var_20);
    var_22 = wp::mul(var_beta, var_21);
    var_23 = wp::sub(var_19, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_5, var_14, var_23);
    return var_24;
}


// corpus/050_rk4_integrator.py:13
static CUDA_CALLABLE void adj_deriv_0(
    wp::float32 var_t,
    wp::float32 var_x,
    wp::float32 var_v,
    OscParams_09e59d7e var_p,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_t,
    wp::float32 & adj_x,
    wp::float32 & adj_v,
    OscParams_09e59d7e & adj_p,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 2.0;
    const wp::float32 var_8 = -2.0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
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
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def deriv(t: float, x: float, v: float, p: OscParams):                                 <L 14>
    // drive = p.drive_amp * wp.cos(p.drive_freq * t)                                         <L 15>
    var_0 = &(var_p.drive_amp);
    var_1 = &(var_p.drive_freq);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_3, var_t);
    var_4 = wp::cos(var_2);
    var_6 = wp::load(var_0);
    var_5 = wp::mul(var_6, var_4);
    // a = -2.0 * p.zeta * p.omega * v - p.omega * p.omega * x - p.nonlinear * x * x * x + drive       <L 16>
    var_9 = &(var_p.zeta);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_8, var_11);
    var_12 = &(var_p.omega);
    var_14 = wp::load(var_12);
    var_13 = wp::mul(var_10, var_14);
    var_15 = wp::mul(var_13, var_v);
    var_16 = &(var_p.omega);
    var_17 = &(var_p.omega);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_20);
    var_21 = wp::mul(var_18, var_x);
    var_22 = wp::sub(var_15, var_21);
    var_23 = &(var_p.nonlinear);
    var_25 = wp::load(var_23);
    var_24 = wp::mul(var_25, var_x);
    var_26 = wp::mul(var_24, var_x);
    var_27 = wp::mul(var_26, var_x);
    var_28 = wp::sub(var_22, var_27);
    var_29 = wp::add(var_28, var_5);
    // return v, a                                                                            <L 17>
    ret_0 = var_v;
    ret_1 = var_29;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_29 += adj_ret_1;
    adj_v += adj_ret_0;
    // adj: return v, a                                                                       <L 17>
    wp::adj_add(var_28, var_5, adj_28, adj_5, adj_29);
    wp::adj_sub(var_22, var_27, adj_22, adj_27, adj_28);
    wp::adj_mul(var_26, var_x, adj_26, adj_x, adj_27);
    wp::adj_mul(var_24, var_x, adj_24, adj_x, adj_26);
    wp::adj_mul(var_25, var_x, adj_23, adj_x, adj_24);
    adj_p.nonlinear += adj_23;
    wp::adj_sub(var_15, var_21, adj_15, adj_21, adj_22);
    wp::adj_mul(var_18, var_x, adj_18, adj_x, adj_21);
    wp::adj_mul(var_19, var_20, adj_16, adj_17, adj_18);
    adj_p.omega += adj_17;
    adj_p.omega += adj_16;
    wp::adj_mul(var_13, var_v, adj_13, adj_v, adj_15);
    wp::adj_mul(var_10, var_14, adj_10, adj_12, adj_13);
    adj_p.omega += adj_12;
    wp::adj_mul(var_8, var_11, adj_8, adj_9, adj_10);
    adj_p.zeta += adj_9;
    // adj: a = -2.0 * p.zeta * p.omega * v - p.omega * p.omega * x - p.nonlinear * x * x * x + drive  <L 16>
    wp::adj_mul(var_6, var_4, adj_0, adj_4, adj_5);
    wp::adj_cos(var_2, adj_2, adj_4);
    wp::adj_mul(var_3, var_t, adj_1, adj_t, adj_2);
    adj_p.drive_freq += adj_1;
    adj_p.drive_amp += adj_0;
    // adj: drive = p.drive_amp * wp.cos(p.drive_freq * t)                                    <L 15>
    // adj: def deriv(t: float, x: float, v: float, p: OscParams):                            <L 14>
    return;
}


// corpus/050_rk4_integrator.py:20
static CUDA_CALLABLE void adj_rk4_step_0(
    wp::float32 var_t,
    wp::float32 var_x,
    wp::float32 var_v,
    wp::float32 var_h,
    OscParams_09e59d7e var_p,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_t,
    wp::float32 & adj_x,
    wp::float32 & adj_v,
    wp::float32 & adj_h,
    OscParams_09e59d7e & adj_p,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 6.0;
    wp::float32 var_36;
    const wp::float32 var_37 = 2.0;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 6.0;
    wp::float32 var_47;
    const wp::float32 var_48 = 2.0;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 2.0;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
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
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
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
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
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
    wp::float32 adj_56 = {};
    //---------
    // forward
    // def rk4_step(t: float, x: float, v: float, h: float, p: OscParams):                    <L 21>
    // k1x, k1v = deriv(t, x, v, p)                                                           <L 22>
    deriv_0(var_t, var_x, var_v, var_p, var_0, var_1);
    // k2x, k2v = deriv(t + 0.5 * h, x + 0.5 * h * k1x, v + 0.5 * h * k1v, p)                 <L 23>
    var_3 = wp::mul(var_2, var_h);
    var_4 = wp::add(var_t, var_3);
    var_6 = wp::mul(var_5, var_h);
    var_7 = wp::mul(var_6, var_0);
    var_8 = wp::add(var_x, var_7);
    var_10 = wp::mul(var_9, var_h);
    var_11 = wp::mul(var_10, var_1);
    var_12 = wp::add(var_v, var_11);
    deriv_0(var_4, var_8, var_12, var_p, var_13, var_14);
    // k3x, k3v = deriv(t + 0.5 * h, x + 0.5 * h * k2x, v + 0.5 * h * k2v, p)                 <L 24>
    var_16 = wp::mul(var_15, var_h);
    var_17 = wp::add(var_t, var_16);
    var_19 = wp::mul(var_18, var_h);
    var_20 = wp::mul(var_19, var_13);
    var_21 = wp::add(var_x, var_20);
    var_23 = wp::mul(var_22, var_h);
    var_24 = wp::mul(var_23, var_14);
    var_25 = wp::add(var_v, var_24);
    deriv_0(var_17, var_21, var_25, var_p, var_26, var_27);
    // k4x, k4v = deriv(t + h, x + h * k3x, v + h * k3v, p)                                   <L 25>
    var_28 = wp::add(var_t, var_h);
    var_29 = wp::mul(var_h, var_26);
    var_30 = wp::add(var_x, var_29);
    var_31 = wp::mul(var_h, var_27);
    var_32 = wp::add(var_v, var_31);
    deriv_0(var_28, var_30, var_32, var_p, var_33, var_34);
    // xn = x + h / 6.0 * (k1x + 2.0 * k2x + 2.0 * k3x + k4x)                                 <L 26>
    var_36 = wp::div(var_h, var_35);
    var_38 = wp::mul(var_37, var_13);
    var_39 = wp::add(var_0, var_38);
    var_41 = wp::mul(var_40, var_26);
    var_42 = wp::add(var_39, var_41);
    var_43 = wp::add(var_42, var_33);
    var_44 = wp::mul(var_36, var_43);
    var_45 = wp::add(var_x, var_44);
    // vn = v + h / 6.0 * (k1v + 2.0 * k2v + 2.0 * k3v + k4v)                                 <L 27>
    var_47 = wp::div(var_h, var_46);
    var_49 = wp::mul(var_48, var_14);
    var_50 = wp::add(var_1, var_49);
    var_52 = wp::mul(var_51, var_27);
    var_53 = wp::add(var_50, var_52);
    var_54 = wp::add(var_53, var_34);
    var_55 = wp::mul(var_47, var_54);
    var_56 = wp::add(var_v, var_55);
    // return xn, vn                                                                          <L 28>
    ret_0 = var_45;
    ret_1 = var_56;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_56 += adj_ret_1;
    adj_45 += adj_ret_0;
    // adj: return xn, vn                                                                     <L 28>
    wp::adj_add(var_v, var_55, adj_v, adj_55, adj_56);
    wp::adj_mul(var_47, var_54, adj_47, adj_54, adj_55);
    wp::adj_add(var_53, var_34, adj_53, adj_34, adj_54);
    wp::adj_add(var_50, var_52, adj_50, adj_52, adj_53);
    wp::adj_mul(var_51, var_27, adj_51, adj_27, adj_52);
    wp::adj_add(var_1, var_49, adj_1, adj_49, adj_50);
    wp::adj_mul(var_48, var_14, adj_48, adj_14, adj_49);
    wp::adj_div(var_h, var_46, var_47, adj_h, adj_46, adj_47);
    // adj: vn = v + h / 6.0 * (k1v + 2.0 * k2v + 2.0 * k3v + k4v)                            <L 27>
    wp::adj_add(var_x, var_44, adj_x, adj_44, adj_45);
    wp::adj_mul(var_36, var_43, adj_36, adj_43, adj_44);
    wp::adj_add(var_42, var_33, adj_42, adj_33, adj_43);
    wp::adj_add(var_39, var_41, adj_39, adj_41, adj_42);
    wp::adj_mul(var_40, var_26, adj_40, adj_26, adj_41);
    wp::adj_add(var_0, var_38, adj_0, adj_38, adj_39);
    wp::adj_mul(var_37, var_13, adj_37, adj_13, adj_38);
    wp::adj_div(var_h, var_35, var_36, adj_h, adj_35, adj_36);
    // adj: xn = x + h / 6.0 * (k1x + 2.0 * k2x + 2.0 * k3x + k4x)                            <L 26>
    adj_deriv_0(var_28, var_30, var_32, var_p, var_33, var_34, adj_28, adj_30, adj_32, adj_p, adj_33, adj_34);
    wp::adj_add(var_v, var_31, adj_v, adj_31, adj_32);
    wp::adj_mul(var_h, var_27, adj_h, adj_27, adj_31);
    wp::adj_add(var_x, var_29, adj_x, adj_29, adj_30);
    wp::adj_mul(var_h, var_26, adj_h, adj_26, adj_29);
    wp::adj_add(var_t, var_h, adj_t, adj_h, adj_28);
    // adj: k4x, k4v = deriv(t + h, x + h * k3x, v + h * k3v, p)                              <L 25>
    adj_deriv_0(var_17, var_21, var_25, var_p, var_26, var_27, adj_17, adj_21, adj_25, adj_p, adj_26, adj_27);
    wp::adj_add(var_v, var_24, adj_v, adj_24, adj_25);
    wp::adj_mul(var_23, var_14, adj_23, adj_14, adj_24);
    wp::adj_mul(var_22, var_h, adj_22, adj_h, adj_23);
    wp::adj_add(var_x, var_20, adj_x, adj_20, adj_21);
    wp::adj_mul(var_19, var_13, adj_19, adj_13, adj_20);
    wp::adj_mul(var_18, var_h, adj_18, adj_h, adj_19);
    wp::adj_add(var_t, var_16, adj_t, adj_16, adj_17);
    wp::adj_mul(var_15, var_h, adj_15, adj_h, adj_16);
    // adj: k3x, k3v = deriv(t + 0.5 * h, x + 0.5 * h * k2x, v + 0.5 * h * k2v, p)            <L 24>
    adj_deriv_0(var_4, var_8, var_12, var_p, var_13, var_14, adj_4, adj_8, adj_12, adj_p, adj_13, adj_14);
    wp::adj_add(var_v, var_11, adj_v, adj_11, adj_12);
    wp::adj_mul(var_10, var_1, adj_10, adj_1, adj_11);
    wp::adj_mul(var_9, var_h, adj_9, adj_h, adj_10);
    wp::adj_add(var_x, var_7, adj_x, adj_7, adj_8);
    wp::adj_mul(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_mul(var_5, var_h, adj_5, adj_h, adj_6);
    wp::adj_add(var_t, var_3, adj_t, adj_3, adj_4);
    wp::adj_mul(var_2, var_h, adj_2, adj_h, adj_3);
    // adj: k2x, k2v = deriv(t + 0.5 * h, x + 0.5 * h * k1x, v + 0.5 * h * k1v, p)            <L 23>
    adj_deriv_0(var_t, var_x, var_v, var_p, var_0, var_1, adj_t, adj_x, adj_v, adj_p, adj_0, adj_1);
    // adj: k1x, k1v = deriv(t, x, v, p)                                                      <L 22>
    // adj: def rk4_step(t: float, x: float, v: float, h: float, p: OscParams):               <L 21>
    return;
}


// corpus/050_rk4_integrator.py:31
static CUDA_CALLABLE void adj_lorenz_0(
    wp::vec_t<3, wp::float32> var_s,
    wp::float32 var_sigma,
    wp::float32 var_rho,
    wp::float32 var_beta,
    wp::vec_t<3, wp::float32> & adj_s,
    wp::float32 & adj_sigma,
    wp::float32 & adj_rho,
    wp::float32 & adj_beta,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    //---------
    // forward
    // def lorenz(s: wp.vec3, sigma: float, rho: float, beta: float) -> wp.vec3:              <L 32>
    // return wp.vec3(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])       <L 33>
    var_1 = wp::extract(var_s, var_0);
    var_3 = wp::extract(var_s, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_sigma, var_4);
    var_7 = wp::extract(var_s, var_6);
    var_9 = wp::extract(var_s, var_8);
    var_10 = wp::sub(var_rho, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_13 = wp::extract(var_s, var_12);
    var_14 = wp::sub(var_11, var_13);
    var_16 = wp::extract(var_s, var_15);
    var_18 = wp::extract(var_s, var_17);
    var_19 = wp::mul(var_16, var_18);
    var_21 = wp::extract(var_s, var_20);
    var_22 = wp::mul(var_beta, var_21);
    var_23 = wp::sub(var_19, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_5, var_14, var_23);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_24 += adj_ret;
    wp::adj_vec_t(var_5, var_14, var_23, adj_5, adj_14, adj_23, adj_24);
    wp::adj_sub(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_mul(var_beta, var_21, adj_beta, adj_21, adj_22);
    wp::adj_extract(var_s, var_20, adj_s, adj_20, adj_21);
    wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_extract(var_s, var_17, adj_s, adj_17, adj_18);
    wp::adj_extract(var_s, var_15, adj_s, adj_15, adj_16);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_s, var_12, adj_s, adj_12, adj_13);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_sub(var_rho, var_9, adj_rho, adj_9, adj_10);
    wp::adj_extract(var_s, var_8, adj_s, adj_8, adj_9);
    wp::adj_extract(var_s, var_6, adj_s, adj_6, adj_7);
    wp::adj_mul(var_sigma, var_4, adj_sigma, adj_4, adj_5);
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_s, var_2, adj_s, adj_2, adj_3);
    wp::adj_extract(var_s, var_0, adj_s, adj_0, adj_1);
    // adj: return wp.vec3(sigma * (s[1] - s[0]), s[0] * (rho - s[2]) - s[1], s[0] * s[1] - beta * s[2])  <L 33>
    // adj: def lorenz(s: wp.vec3, sigma: float, rho: float, beta: float) -> wp.vec3:         <L 32>
    return;
}



extern "C" __global__ void duffing_sweep_b7443a29_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<OscParams_09e59d7e> var_params,
    wp::float32 var_x0,
    wp::float32 var_v0,
    wp::float32 var_h,
    wp::int32 var_steps,
    wp::array_t<wp::float32> var_out_x,
    wp::array_t<wp::float32> var_amplitude)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        OscParams_09e59d7e* var_1;
        OscParams_09e59d7e var_2;
        OscParams_09e59d7e var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::int32 var_25;
        bool var_26;
        bool var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 2;
        wp::int32 var_30;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // forward
        // def duffing_sweep(params: wp.array(dtype=OscParams), x0: float, v0: float, h: float, steps: int, out_x: wp.array2d(dtype=float), amplitude: wp.array(dtype=float)):       <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // p = params[i]                                                                          <L 39>
        var_1 = wp::address(var_params, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = x0                                                                                 <L 40>
        var_4 = wp::copy(var_x0);
        // v = v0                                                                                 <L 41>
        var_5 = wp::copy(var_v0);
        // t = float(0.0)                                                                         <L 42>
        var_7 = wp::float(var_6);
        // amp = float(0.0)                                                                       <L 43>
        var_9 = wp::float(var_8);
        // samples = out_x.shape[1]                                                               <L 44>
        var_10 = &(var_out_x.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        // stride = wp.max(steps // samples, 1)                                                   <L 45>
        var_14 = wp::floordiv(var_steps, var_12);
        var_16 = wp::max(var_14, var_15);
        // for s in range(steps):                                                                 <L 46>
        var_17 = wp::range(var_steps);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
            // x, v = rk4_step(t, x, v, h, p)                                                     <L 47>
            rk4_step_0(var_7, var_4, var_5, var_h, var_2, var_19, var_20);
            // t += h                                                                             <L 48>
            var_21 = wp::add(var_7, var_h);
            // if s % stride == 0 and s // stride < samples:                                      <L 49>
            var_22 = wp::mod(var_18, var_16);
            var_24 = (var_22 == var_23);
            var_25 = wp::floordiv(var_18, var_16);
            var_26 = (var_25 < var_12);
            var_27 = var_24 && var_26;
            if (var_27) {
                // out_x[i, s // stride] = x                                                      <L 50>
                var_28 = wp::floordiv(var_18, var_16);
                wp::array_store(var_out_x, var_0, var_28, var_19);
            }
            // if s > steps / 2:                                                                  <L 51>
            var_30 = wp::div(var_steps, var_29);
            var_31 = (var_18 > var_30);
            if (var_31) {
                // amp = wp.max(amp, wp.abs(x))                                                   <L 52>
                var_32 = wp::abs(var_19);
                var_33 = wp::max(var_9, var_32);
            }
            var_34 = wp::where(var_31, var_33, var_9);
            wp::assign(var_4, var_19);
            wp::assign(var_5, var_20);
            wp::assign(var_7, var_21);
            wp::assign(var_9, var_34);
            goto start_for_0;
        end_for_0:;
        // amplitude[i] = amp                                                                     <L 53>
        wp::array_store(var_amplitude, var_0, var_9);
    }
}



extern "C" __global__ void duffing_sweep_b7443a29_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<OscParams_09e59d7e> var_params,
    wp::float32 var_x0,
    wp::float32 var_v0,
    wp::float32 var_h,
    wp::int32 var_steps,
    wp::array_t<wp::float32> var_out_x,
    wp::array_t<wp::float32> var_amplitude,
    wp::array_t<OscParams_09e59d7e> adj_params,
    wp::float32 adj_x0,
    wp::float32 adj_v0,
    wp::float32 adj_h,
    wp::int32 adj_steps,
    wp::array_t<wp::float32> adj_out_x,
    wp::array_t<wp::float32> adj_amplitude)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        OscParams_09e59d7e* var_1;
        OscParams_09e59d7e var_2;
        OscParams_09e59d7e var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::int32 var_25;
        bool var_26;
        bool var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 2;
        wp::int32 var_30;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        OscParams_09e59d7e adj_1 = {};
        OscParams_09e59d7e adj_2 = {};
        OscParams_09e59d7e adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        //---------
        // forward
        // def duffing_sweep(params: wp.array(dtype=OscParams), x0: float, v0: float, h: float, steps: int, out_x: wp.array2d(dtype=float), amplitude: wp.array(dtype=float)):       <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // p = params[i]                                                                          <L 39>
        var_1 = wp::address(var_params, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = x0                                                                                 <L 40>
        var_4 = wp::copy(var_x0);
        // v = v0                                                                                 <L 41>
        var_5 = wp::copy(var_v0);
        // t = float(0.0)                                                                         <L 42>
        var_7 = wp::float(var_6);
        // amp = float(0.0)                                                                       <L 43>
        var_9 = wp::float(var_8);
        // samples = out_x.shape[1]                                                               <L 44>
        var_10 = &(var_out_x.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        // stride = wp.max(steps // samples, 1)                                                   <L 45>
        var_14 = wp::floordiv(var_steps, var_12);
        var_16 = wp::max(var_14, var_15);
        // for s in range(steps):                                                                 <L 46>
        var_17 = wp::range(var_steps);
        // amplitude[i] = amp                                                                     <L 53>
        // wp::array_store(var_amplitude, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_amplitude, var_0, var_9, adj_amplitude, adj_0, adj_9);
        // adj: amplitude[i] = amp                                                                <L 53>
        var_17 = wp::iter_reverse(var_17);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
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
            // x, v = rk4_step(t, x, v, h, p)                                                     <L 47>
            rk4_step_0(var_7, var_4, var_5, var_h, var_2, var_19, var_20);
            // t += h                                                                             <L 48>
            var_21 = wp::add(var_7, var_h);
            // if s % stride == 0 and s // stride < samples:                                      <L 49>
            var_22 = wp::mod(var_18, var_16);
            var_24 = (var_22 == var_23);
            var_25 = wp::floordiv(var_18, var_16);
            var_26 = (var_25 < var_12);
            var_27 = var_24 && var_26;
            if (var_27) {
                // out_x[i, s // stride] = x                                                      <L 50>
                var_28 = wp::floordiv(var_18, var_16);
                // wp::array_store(var_out_x, var_0, var_28, var_19);
            }
            // if s > steps / 2:                                                                  <L 51>
            var_30 = wp::div(var_steps, var_29);
            var_31 = (var_18 > var_30);
            if (var_31) {
                // amp = wp.max(amp, wp.abs(x))                                                   <L 52>
                var_32 = wp::abs(var_19);
                var_33 = wp::max(var_9, var_32);
            }
            var_34 = wp::where(var_31, var_33, var_9);
            wp::assign(var_4, var_19);
            wp::assign(var_5, var_20);
            wp::assign(var_7, var_21);
            wp::assign(var_9, var_34);
            wp::adj_assign(var_9, var_34, adj_9, adj_34);
            wp::adj_assign(var_7, var_21, adj_7, adj_21);
            wp::adj_assign(var_5, var_20, adj_5, adj_20);
            wp::adj_assign(var_4, var_19, adj_4, adj_19);
            wp::adj_where(var_31, var_33, var_9, adj_31, adj_33, adj_9, adj_34);
            if (var_31) {
                wp::adj_max(var_9, var_32, adj_9, adj_32, adj_33);
                wp::adj_abs(var_19, adj_19, adj_32);
                // adj: amp = wp.max(amp, wp.abs(x))                                              <L 52>
            }
            wp::adj_div(var_steps, var_29, var_30, adj_steps, adj_29, adj_30);
            // adj: if s > steps / 2:                                                             <L 51>
            if (var_27) {
                wp::adj_array_store(var_out_x, var_0, var_28, var_19, adj_out_x, adj_0, adj_28, adj_19);
                // adj: out_x[i, s // stride] = x                                                 <L 50>
            }
            wp::adj_mod(var_18, var_16, adj_18, adj_16, adj_22);
            // adj: if s % stride == 0 and s // stride < samples:                                 <L 49>
            wp::adj_add(var_7, var_h, adj_7, adj_h, adj_21);
            // adj: t += h                                                                        <L 48>
            adj_rk4_step_0(var_7, var_4, var_5, var_h, var_2, var_19, var_20, adj_7, adj_4, adj_5, adj_h, adj_2, adj_19, adj_20);
            // adj: x, v = rk4_step(t, x, v, h, p)                                                <L 47>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_steps, adj_steps, adj_17);
        // adj: for s in range(steps):                                                            <L 46>
        wp::adj_max(var_14, var_15, adj_14, adj_15, adj_16);
        // adj: stride = wp.max(steps // samples, 1)                                              <L 45>
        wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
        adj_out_x.shape = adj_10;
        // adj: samples = out_x.shape[1]                                                          <L 44>
        wp::adj_float(var_8, adj_8, adj_9);
        // adj: amp = float(0.0)                                                                  <L 43>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: t = float(0.0)                                                                    <L 42>
        wp::adj_copy(var_v0, adj_v0, adj_5);
        // adj: v = v0                                                                            <L 41>
        wp::adj_copy(var_x0, adj_x0, adj_4);
        // adj: x = x0                                                                            <L 40>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_params, var_0, adj_params, adj_0, adj_1);
        // adj: p = params[i]                                                                     <L 39>
        // adj: i = wp.tid()                                                                      <L 38>
        // adj: def duffing_sweep(params: wp.array(dtype=OscParams), x0: float, v0: float, h: float, steps: int, out_x: wp.array2d(dtype=float), amplitude: wp.array(dtype=float)):  <L 37>
        continue;
    }
}



extern "C" __global__ void lorenz_trajectories_03c2d3c3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_states,
    wp::float32 var_sigma,
    wp::float32 var_rho,
    wp::float32 var_beta,
    wp::float32 var_h,
    wp::int32 var_steps,
    wp::array_t<wp::vec_t<3, wp::float32>> var_bounds)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::float32 var_9 = 0.5;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::float32 var_22 = 2.0;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::float32 var_25 = 2.0;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::float32 var_29 = 6.0;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::int32 var_35 = 0;
        wp::vec_t<3, wp::float32> var_36;
        const wp::int32 var_37 = 1;
        wp::vec_t<3, wp::float32> var_38;
        //---------
        // forward
        // def lorenz_trajectories(states: wp.array(dtype=wp.vec3), sigma: float, rho: float, beta: float, h: float, steps: int, bounds: wp.array(dtype=wp.vec3)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // s = states[i]                                                                          <L 59>
        var_1 = wp::address(var_states, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = s                                                                                 <L 60>
        var_4 = wp::copy(var_2);
        // hi = s                                                                                 <L 61>
        var_5 = wp::copy(var_2);
        // for k in range(steps):                                                                 <L 62>
        var_6 = wp::range(var_steps);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // k1 = lorenz(s, sigma, rho, beta)                                                   <L 63>
            var_8 = lorenz_0(var_2, var_sigma, var_rho, var_beta);
            // k2 = lorenz(s + k1 * (0.5 * h), sigma, rho, beta)                                  <L 64>
            var_10 = wp::mul(var_9, var_h);
            var_11 = wp::mul(var_8, var_10);
            var_12 = wp::add(var_2, var_11);
            var_13 = lorenz_0(var_12, var_sigma, var_rho, var_beta);
            // k3 = lorenz(s + k2 * (0.5 * h), sigma, rho, beta)                                  <L 65>
            var_15 = wp::mul(var_14, var_h);
            var_16 = wp::mul(var_13, var_15);
            var_17 = wp::add(var_2, var_16);
            var_18 = lorenz_0(var_17, var_sigma, var_rho, var_beta);
            // k4 = lorenz(s + k3 * h, sigma, rho, beta)                                          <L 66>
            var_19 = wp::mul(var_18, var_h);
            var_20 = wp::add(var_2, var_19);
            var_21 = lorenz_0(var_20, var_sigma, var_rho, var_beta);
            // s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (h / 6.0)                                <L 67>
            var_23 = wp::mul(var_13, var_22);
            var_24 = wp::add(var_8, var_23);
            var_26 = wp::mul(var_18, var_25);
            var_27 = wp::add(var_24, var_26);
            var_28 = wp::add(var_27, var_21);
            var_30 = wp::div(var_h, var_29);
            var_31 = wp::mul(var_28, var_30);
            var_32 = wp::add(var_2, var_31);
            // lo = wp.min(lo, s)                                                                 <L 68>
            var_33 = wp::min(var_4, var_32);
            // hi = wp.max(hi, s)                                                                 <L 69>
            var_34 = wp::max(var_5, var_32);
            wp::assign(var_2, var_32);
            wp::assign(var_4, var_33);
            wp::assign(var_5, var_34);
            goto start_for_0;
        end_for_0:;
        // states[i] = s                                                                          <L 70>
        wp::array_store(var_states, var_0, var_2);
        // wp.atomic_min(bounds, 0, lo)                                                           <L 71>
        var_36 = wp::atomic_min(var_bounds, var_35, var_4);
        // wp.atomic_max(bounds, 1, hi)                                                           <L 72>
        var_38 = wp::atomic_max(var_bounds, var_37, var_5);
    }
}



extern "C" __global__ void lorenz_trajectories_03c2d3c3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_states,
    wp::float32 var_sigma,
    wp::float32 var_rho,
    wp::float32 var_beta,
    wp::float32 var_h,
    wp::int32 var_steps,
    wp::array_t<wp::vec_t<3, wp::float32>> var_bounds,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_states,
    wp::float32 adj_sigma,
    wp::float32 adj_rho,
    wp::float32 adj_beta,
    wp::float32 adj_h,
    wp::int32 adj_steps,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_bounds)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::float32 var_9 = 0.5;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::float32 var_22 = 2.0;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::float32 var_25 = 2.0;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::float32 var_29 = 6.0;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::int32 var_35 = 0;
        wp::vec_t<3, wp::float32> var_36;
        const wp::int32 var_37 = 1;
        wp::vec_t<3, wp::float32> var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::int32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        //---------
        // forward
        // def lorenz_trajectories(states: wp.array(dtype=wp.vec3), sigma: float, rho: float, beta: float, h: float, steps: int, bounds: wp.array(dtype=wp.vec3)):       <L 57>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // s = states[i]                                                                          <L 59>
        var_1 = wp::address(var_states, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // lo = s                                                                                 <L 60>
        var_4 = wp::copy(var_2);
        // hi = s                                                                                 <L 61>
        var_5 = wp::copy(var_2);
        // for k in range(steps):                                                                 <L 62>
        var_6 = wp::range(var_steps);
        // states[i] = s                                                                          <L 70>
        // wp::array_store(var_states, var_0, var_2);
        // wp.atomic_min(bounds, 0, lo)                                                           <L 71>
        // var_36 = wp::atomic_min(var_bounds, var_35, var_4);
        // wp.atomic_max(bounds, 1, hi)                                                           <L 72>
        // var_38 = wp::atomic_max(var_bounds, var_37, var_5);
        //---------
        // reverse
        wp::adj_atomic_max(var_bounds, var_37, var_5, adj_bounds, adj_37, adj_5, adj_38);
        // adj: wp.atomic_max(bounds, 1, hi)                                                      <L 72>
        wp::adj_atomic_min(var_bounds, var_35, var_4, adj_bounds, adj_35, adj_4, adj_36);
        // adj: wp.atomic_min(bounds, 0, lo)                                                      <L 71>
        wp::adj_array_store(var_states, var_0, var_2, adj_states, adj_0, adj_2);
        // adj: states[i] = s                                                                     <L 70>
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
        	adj_34 = {};
            // k1 = lorenz(s, sigma, rho, beta)                                                   <L 63>
            var_8 = lorenz_0(var_2, var_sigma, var_rho, var_beta);
            // k2 = lorenz(s + k1 * (0.5 * h), sigma, rho, beta)                                  <L 64>
            var_10 = wp::mul(var_9, var_h);
            var_11 = wp::mul(var_8, var_10);
            var_12 = wp::add(var_2, var_11);
            var_13 = lorenz_0(var_12, var_sigma, var_rho, var_beta);
            // k3 = lorenz(s + k2 * (0.5 * h), sigma, rho, beta)                                  <L 65>
            var_15 = wp::mul(var_14, var_h);
            var_16 = wp::mul(var_13, var_15);
            var_17 = wp::add(var_2, var_16);
            var_18 = lorenz_0(var_17, var_sigma, var_rho, var_beta);
            // k4 = lorenz(s + k3 * h, sigma, rho, beta)                                          <L 66>
            var_19 = wp::mul(var_18, var_h);
            var_20 = wp::add(var_2, var_19);
            var_21 = lorenz_0(var_20, var_sigma, var_rho, var_beta);
            // s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (h / 6.0)                                <L 67>
            var_23 = wp::mul(var_13, var_22);
            var_24 = wp::add(var_8, var_23);
            var_26 = wp::mul(var_18, var_25);
            var_27 = wp::add(var_24, var_26);
            var_28 = wp::add(var_27, var_21);
            var_30 = wp::div(var_h, var_29);
            var_31 = wp::mul(var_28, var_30);
            var_32 = wp::add(var_2, var_31);
            // lo = wp.min(lo, s)                                                                 <L 68>
            var_33 = wp::min(var_4, var_32);
            // hi = wp.max(hi, s)                                                                 <L 69>
            var_34 = wp::max(var_5, var_32);
            wp::assign(var_2, var_32);
            wp::assign(var_4, var_33);
            wp::assign(var_5, var_34);
            wp::adj_assign(var_5, var_34, adj_5, adj_34);
            wp::adj_assign(var_4, var_33, adj_4, adj_33);
            wp::adj_assign(var_2, var_32, adj_2, adj_32);
            wp::adj_max(var_5, var_32, adj_5, adj_32, adj_34);
            // adj: hi = wp.max(hi, s)                                                            <L 69>
            wp::adj_min(var_4, var_32, adj_4, adj_32, adj_33);
            // adj: lo = wp.min(lo, s)                                                            <L 68>
            wp::adj_add(var_2, var_31, adj_2, adj_31, adj_32);
            wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
            wp::adj_div(var_h, var_29, var_30, adj_h, adj_29, adj_30);
            wp::adj_add(var_27, var_21, adj_27, adj_21, adj_28);
            wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
            wp::adj_mul(var_18, var_25, adj_18, adj_25, adj_26);
            wp::adj_add(var_8, var_23, adj_8, adj_23, adj_24);
            wp::adj_mul(var_13, var_22, adj_13, adj_22, adj_23);
            // adj: s = s + (k1 + k2 * 2.0 + k3 * 2.0 + k4) * (h / 6.0)                           <L 67>
            adj_lorenz_0(var_20, var_sigma, var_rho, var_beta, adj_20, adj_sigma, adj_rho, adj_beta, adj_21);
            wp::adj_add(var_2, var_19, adj_2, adj_19, adj_20);
            wp::adj_mul(var_18, var_h, adj_18, adj_h, adj_19);
            // adj: k4 = lorenz(s + k3 * h, sigma, rho, beta)                                     <L 66>
            adj_lorenz_0(var_17, var_sigma, var_rho, var_beta, adj_17, adj_sigma, adj_rho, adj_beta, adj_18);
            wp::adj_add(var_2, var_16, adj_2, adj_16, adj_17);
            wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
            wp::adj_mul(var_14, var_h, adj_14, adj_h, adj_15);
            // adj: k3 = lorenz(s + k2 * (0.5 * h), sigma, rho, beta)                             <L 65>
            adj_lorenz_0(var_12, var_sigma, var_rho, var_beta, adj_12, adj_sigma, adj_rho, adj_beta, adj_13);
            wp::adj_add(var_2, var_11, adj_2, adj_11, adj_12);
            wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
            wp::adj_mul(var_9, var_h, adj_9, adj_h, adj_10);
            // adj: k2 = lorenz(s + k1 * (0.5 * h), sigma, rho, beta)                             <L 64>
            adj_lorenz_0(var_2, var_sigma, var_rho, var_beta, adj_2, adj_sigma, adj_rho, adj_beta, adj_8);
            // adj: k1 = lorenz(s, sigma, rho, beta)                                              <L 63>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_steps, adj_steps, adj_6);
        // adj: for k in range(steps):                                                            <L 62>
        wp::adj_copy(var_2, adj_2, adj_5);
        // adj: hi = s                                                                            <L 61>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: lo = s                                                                            <L 60>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_states, var_0, adj_states, adj_0, adj_1);
        // adj: s = states[i]                                                                     <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def lorenz_trajectories(states: wp.array(dtype=wp.vec3), sigma: float, rho: float, beta: float, h: float, steps: int, bounds: wp.array(dtype=wp.vec3)):  <L 57>
        continue;
    }
}



extern "C" __global__ void euler_vs_rk4_ebfc444a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<OscParams_09e59d7e> var_params,
    wp::float32 var_h,
    wp::int32 var_steps,
    wp::array_t<wp::float32> var_err)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        OscParams_09e59d7e* var_1;
        OscParams_09e59d7e var_2;
        OscParams_09e59d7e var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        wp::range_t var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        //---------
        // forward
        // def euler_vs_rk4(params: wp.array(dtype=OscParams), h: float, steps: int, err: wp.array(dtype=float)):       <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // p = params[i]                                                                          <L 78>
        var_1 = wp::address(var_params, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xe = float(1.0)                                                                        <L 79>
        var_5 = wp::float(var_4);
        // ve = float(0.0)                                                                        <L 80>
        var_7 = wp::float(var_6);
        // xr = float(1.0)                                                                        <L 81>
        var_9 = wp::float(var_8);
        // vr = float(0.0)                                                                        <L 82>
        var_11 = wp::float(var_10);
        // t = float(0.0)                                                                         <L 83>
        var_13 = wp::float(var_12);
        // for s in range(steps):                                                                 <L 84>
        var_14 = wp::range(var_steps);
        start_for_0:;
            if (iter_cmp(var_14) == 0) goto end_for_0;
            var_15 = wp::iter_next(var_14);
            // dx, dv = deriv(t, xe, ve, p)                                                       <L 85>
            deriv_0(var_13, var_5, var_7, var_2, var_16, var_17);
            // xe = xe + h * dx                                                                   <L 86>
            var_18 = wp::mul(var_h, var_16);
            var_19 = wp::add(var_5, var_18);
            // ve = ve + h * dv                                                                   <L 87>
            var_20 = wp::mul(var_h, var_17);
            var_21 = wp::add(var_7, var_20);
            // xr, vr = rk4_step(t, xr, vr, h, p)                                                 <L 88>
            rk4_step_0(var_13, var_9, var_11, var_h, var_2, var_22, var_23);
            // t += h                                                                             <L 89>
            var_24 = wp::add(var_13, var_h);
            wp::assign(var_5, var_19);
            wp::assign(var_7, var_21);
            wp::assign(var_9, var_22);
            wp::assign(var_11, var_23);
            wp::assign(var_13, var_24);
            goto start_for_0;
        end_for_0:;
        // err[i] = wp.abs(xe - xr) + wp.abs(ve - vr)                                             <L 90>
        var_25 = wp::sub(var_5, var_9);
        var_26 = wp::abs(var_25);
        var_27 = wp::sub(var_7, var_11);
        var_28 = wp::abs(var_27);
        var_29 = wp::add(var_26, var_28);
        wp::array_store(var_err, var_0, var_29);
    }
}

