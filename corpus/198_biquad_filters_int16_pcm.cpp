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


struct Biquad_56845711
{
    wp::float32 b0;
    wp::float32 b1;
    wp::float32 b2;
    wp::float32 a1;
    wp::float32 a2;


    Biquad_56845711() = default;
    CUDA_CALLABLE Biquad_56845711(wp::float32 const& b0,
    wp::float32 const& b1 = {},
    wp::float32 const& b2 = {},
    wp::float32 const& a1 = {},
    wp::float32 const& a2 = {})
        : b0{b0}
        , b1{b1}
        , b2{b2}
        , a1{a1}
        , a2{a2}

    {
    }

    CUDA_CALLABLE Biquad_56845711& operator += (const Biquad_56845711& rhs)
    {    b0 += rhs.b0;
    b1 += rhs.b1;
    b2 += rhs.b2;
    a1 += rhs.a1;
    a2 += rhs.a2;

        return *this;}

};

static CUDA_CALLABLE void adj_Biquad_56845711(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_b0,
    wp::float32 & adj_b1,
    wp::float32 & adj_b2,
    wp::float32 & adj_a1,
    wp::float32 & adj_a2,
    Biquad_56845711 & adj_ret)
{
    adj_b0 += adj_ret.b0;
    adj_b1 += adj_ret.b1;
    adj_b2 += adj_ret.b2;
    adj_a1 += adj_ret.a1;
    adj_a2 += adj_ret.a2;
}

// Required when compiling adjoints.
CUDA_CALLABLE Biquad_56845711 add(const Biquad_56845711& a, const Biquad_56845711& b)
{
    return Biquad_56845711();
}

CUDA_CALLABLE void adj_atomic_add(Biquad_56845711* p, Biquad_56845711 t)
{
    wp::adj_atomic_add(&p->b0, t.b0);
    wp::adj_atomic_add(&p->b1, t.b1);
    wp::adj_atomic_add(&p->b2, t.b2);
    wp::adj_atomic_add(&p->a1, t.a1);
    wp::adj_atomic_add(&p->a2, t.a2);
}




struct BiquadState_d82b4a5d
{
    wp::float32 x1;
    wp::float32 x2;
    wp::float32 y1;
    wp::float32 y2;


    BiquadState_d82b4a5d() = default;
    CUDA_CALLABLE BiquadState_d82b4a5d(wp::float32 const& x1,
    wp::float32 const& x2 = {},
    wp::float32 const& y1 = {},
    wp::float32 const& y2 = {})
        : x1{x1}
        , x2{x2}
        , y1{y1}
        , y2{y2}

    {
    }

    CUDA_CALLABLE BiquadState_d82b4a5d& operator += (const BiquadState_d82b4a5d& rhs)
    {    x1 += rhs.x1;
    x2 += rhs.x2;
    y1 += rhs.y1;
    y2 += rhs.y2;

        return *this;}

};

static CUDA_CALLABLE void adj_BiquadState_d82b4a5d(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_x1,
    wp::float32 & adj_x2,
    wp::float32 & adj_y1,
    wp::float32 & adj_y2,
    BiquadState_d82b4a5d & adj_ret)
{
    adj_x1 += adj_ret.x1;
    adj_x2 += adj_ret.x2;
    adj_y1 += adj_ret.y1;
    adj_y2 += adj_ret.y2;
}

// Required when compiling adjoints.
CUDA_CALLABLE BiquadState_d82b4a5d add(const BiquadState_d82b4a5d& a, const BiquadState_d82b4a5d& b)
{
    return BiquadState_d82b4a5d();
}

CUDA_CALLABLE void adj_atomic_add(BiquadState_d82b4a5d* p, BiquadState_d82b4a5d t)
{
    wp::adj_atomic_add(&p->x1, t.x1);
    wp::adj_atomic_add(&p->x2, t.x2);
    wp::adj_atomic_add(&p->y1, t.y1);
    wp::adj_atomic_add(&p->y2, t.y2);
}




// corpus/198_biquad_filters_int16_pcm.py:23
static Biquad_56845711 lowpass_0(
    wp::float32 var_fc,
    wp::float32 var_fs,
    wp::float32 var_q)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    const wp::float32 var_1 = 3.141592653589793;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    Biquad_56845711 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.0;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = -2.0;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // forward
    // def lowpass(fc: float, fs: float, q: float) -> Biquad:                                 <L 24>
    // w0 = 2.0 * wp.pi * fc / fs                                                             <L 25>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::mul(var_2, var_fc);
    var_4 = wp::div(var_3, var_fs);
    // alpha = wp.sin(w0) / (2.0 * q)                                                         <L 26>
    var_5 = wp::sin(var_4);
    var_7 = wp::mul(var_6, var_q);
    var_8 = wp::div(var_5, var_7);
    // c = wp.cos(w0)                                                                         <L 27>
    var_9 = wp::cos(var_4);
    // a0 = 1.0 + alpha                                                                       <L 28>
    var_11 = wp::add(var_10, var_8);
    // f = Biquad()                                                                           <L 29>
    var_12 = Biquad_56845711();
    // f.b0 = (1.0 - c) * 0.5 / a0                                                            <L 30>
    var_14 = wp::sub(var_13, var_9);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::div(var_16, var_11);
    var_12.b0 = var_17;
    // f.b1 = (1.0 - c) / a0                                                                  <L 31>
    var_19 = wp::sub(var_18, var_9);
    var_20 = wp::div(var_19, var_11);
    var_12.b1 = var_20;
    // f.b2 = (1.0 - c) * 0.5 / a0                                                            <L 32>
    var_22 = wp::sub(var_21, var_9);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::div(var_24, var_11);
    var_12.b2 = var_25;
    // f.a1 = -2.0 * c / a0                                                                   <L 33>
    var_27 = wp::mul(var_26, var_9);
    var_28 = wp::div(var_27, var_11);
    var_12.a1 = var_28;
    // f.a2 = (1.0 - alpha) / a0                                                              <L 34>
    var_30 = wp::sub(var_29, var_8);
    var_31 = wp::div(var_30, var_11);
    var_12.a2 = var_31;
    // return f                                                                               <L 35>
    return var_12;
}


// corpus/198_biquad_filters_int16_pcm.py:38
static void process_0(
    Biquad_56845711 var_f,
    BiquadState_d82b4a5d var_s,
    wp::float32 var_x,
    wp::float32 & ret_0,
    BiquadState_d82b4a5d & ret_1)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // forward
    // def process(f: Biquad, s: BiquadState, x: float):                                      <L 39>
    // y = f.b0 * x + f.b1 * s.x1 + f.b2 * s.x2 - f.a1 * s.y1 - f.a2 * s.y2                   <L 40>
    var_0 = &((var_f).b0);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_x);
    var_3 = &((var_f).b1);
    var_4 = &((var_s).x1);
    var_6 = wp::load(var_3);
    var_7 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_7);
    var_8 = wp::add(var_1, var_5);
    var_9 = &((var_f).b2);
    var_10 = &((var_s).x2);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_13);
    var_14 = wp::add(var_8, var_11);
    var_15 = &((var_f).a1);
    var_16 = &((var_s).y1);
    var_18 = wp::load(var_15);
    var_19 = wp::load(var_16);
    var_17 = wp::mul(var_18, var_19);
    var_20 = wp::sub(var_14, var_17);
    var_21 = &((var_f).a2);
    var_22 = &((var_s).y2);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::mul(var_24, var_25);
    var_26 = wp::sub(var_20, var_23);
    // s.x2 = s.x1                                                                            <L 41>
    var_27 = &((var_s).x1);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    var_s.x2 = var_28;
    // s.x1 = x                                                                               <L 42>
    var_s.x1 = var_x;
    // s.y2 = s.y1                                                                            <L 43>
    var_30 = &((var_s).y1);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    var_s.y2 = var_31;
    // s.y1 = y                                                                               <L 44>
    var_s.y1 = var_26;
    // return y, s                                                                            <L 45>
    ret_0 = var_26;
    ret_1 = var_s;
    return;
}


// corpus/198_biquad_filters_int16_pcm.py:23
static void adj_lowpass_0(
    wp::float32 var_fc,
    wp::float32 var_fs,
    wp::float32 var_q,
    wp::float32 & adj_fc,
    wp::float32 & adj_fs,
    wp::float32 & adj_q,
    Biquad_56845711 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    const wp::float32 var_1 = 3.141592653589793;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    Biquad_56845711 var_12;
    const wp::float32 var_13 = 1.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.0;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = -2.0;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::float32 var_31;
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
    Biquad_56845711 adj_12 = {};
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
    //---------
    // forward
    // def lowpass(fc: float, fs: float, q: float) -> Biquad:                                 <L 24>
    // w0 = 2.0 * wp.pi * fc / fs                                                             <L 25>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::mul(var_2, var_fc);
    var_4 = wp::div(var_3, var_fs);
    // alpha = wp.sin(w0) / (2.0 * q)                                                         <L 26>
    var_5 = wp::sin(var_4);
    var_7 = wp::mul(var_6, var_q);
    var_8 = wp::div(var_5, var_7);
    // c = wp.cos(w0)                                                                         <L 27>
    var_9 = wp::cos(var_4);
    // a0 = 1.0 + alpha                                                                       <L 28>
    var_11 = wp::add(var_10, var_8);
    // f = Biquad()                                                                           <L 29>
    var_12 = Biquad_56845711();
    // f.b0 = (1.0 - c) * 0.5 / a0                                                            <L 30>
    var_14 = wp::sub(var_13, var_9);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::div(var_16, var_11);
    var_12.b0 = var_17;
    // f.b1 = (1.0 - c) / a0                                                                  <L 31>
    var_19 = wp::sub(var_18, var_9);
    var_20 = wp::div(var_19, var_11);
    var_12.b1 = var_20;
    // f.b2 = (1.0 - c) * 0.5 / a0                                                            <L 32>
    var_22 = wp::sub(var_21, var_9);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::div(var_24, var_11);
    var_12.b2 = var_25;
    // f.a1 = -2.0 * c / a0                                                                   <L 33>
    var_27 = wp::mul(var_26, var_9);
    var_28 = wp::div(var_27, var_11);
    var_12.a1 = var_28;
    // f.a2 = (1.0 - alpha) / a0                                                              <L 34>
    var_30 = wp::sub(var_29, var_8);
    var_31 = wp::div(var_30, var_11);
    var_12.a2 = var_31;
    // return f                                                                               <L 35>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    // adj: return f                                                                          <L 35>
    adj_31 += adj_12.a2;
    adj_12.a2 = {};
    wp::adj_div(var_30, var_11, var_31, adj_30, adj_11, adj_31);
    wp::adj_sub(var_29, var_8, adj_29, adj_8, adj_30);
    // adj: f.a2 = (1.0 - alpha) / a0                                                         <L 34>
    adj_28 += adj_12.a1;
    adj_12.a1 = {};
    wp::adj_div(var_27, var_11, var_28, adj_27, adj_11, adj_28);
    wp::adj_mul(var_26, var_9, adj_26, adj_9, adj_27);
    // adj: f.a1 = -2.0 * c / a0                                                              <L 33>
    adj_25 += adj_12.b2;
    adj_12.b2 = {};
    wp::adj_div(var_24, var_11, var_25, adj_24, adj_11, adj_25);
    wp::adj_mul(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_sub(var_21, var_9, adj_21, adj_9, adj_22);
    // adj: f.b2 = (1.0 - c) * 0.5 / a0                                                       <L 32>
    adj_20 += adj_12.b1;
    adj_12.b1 = {};
    wp::adj_div(var_19, var_11, var_20, adj_19, adj_11, adj_20);
    wp::adj_sub(var_18, var_9, adj_18, adj_9, adj_19);
    // adj: f.b1 = (1.0 - c) / a0                                                             <L 31>
    adj_17 += adj_12.b0;
    adj_12.b0 = {};
    wp::adj_div(var_16, var_11, var_17, adj_16, adj_11, adj_17);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_sub(var_13, var_9, adj_13, adj_9, adj_14);
    // adj: f.b0 = (1.0 - c) * 0.5 / a0                                                       <L 30>
    // adj: f = Biquad()                                                                      <L 29>
    wp::adj_add(var_10, var_8, adj_10, adj_8, adj_11);
    // adj: a0 = 1.0 + alpha                                                                  <L 28>
    wp::adj_cos(var_4, adj_4, adj_9);
    // adj: c = wp.cos(w0)                                                                    <L 27>
    wp::adj_div(var_5, var_7, var_8, adj_5, adj_7, adj_8);
    wp::adj_mul(var_6, var_q, adj_6, adj_q, adj_7);
    wp::adj_sin(var_4, adj_4, adj_5);
    // adj: alpha = wp.sin(w0) / (2.0 * q)                                                    <L 26>
    wp::adj_div(var_3, var_fs, var_4, adj_3, adj_fs, adj_4);
    wp::adj_mul(var_2, var_fc, adj_2, adj_fc, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: w0 = 2.0 * wp.pi * fc / fs                                                        <L 25>
    // adj: def lowpass(fc: float, fs: float, q: float) -> Biquad:                            <L 24>
    return;
}


// corpus/198_biquad_filters_int16_pcm.py:38
static void adj_process_0(
    Biquad_56845711 var_f,
    BiquadState_d82b4a5d var_s,
    wp::float32 var_x,
    wp::float32 & ret_0,
    BiquadState_d82b4a5d & ret_1,
    Biquad_56845711 & adj_f,
    BiquadState_d82b4a5d & adj_s,
    wp::float32 & adj_x,
    wp::float32 & adj_ret_0,
    BiquadState_d82b4a5d & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
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
    //---------
    // forward
    // def process(f: Biquad, s: BiquadState, x: float):                                      <L 39>
    // y = f.b0 * x + f.b1 * s.x1 + f.b2 * s.x2 - f.a1 * s.y1 - f.a2 * s.y2                   <L 40>
    var_0 = &((var_f).b0);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_x);
    var_3 = &((var_f).b1);
    var_4 = &((var_s).x1);
    var_6 = wp::load(var_3);
    var_7 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_7);
    var_8 = wp::add(var_1, var_5);
    var_9 = &((var_f).b2);
    var_10 = &((var_s).x2);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_13);
    var_14 = wp::add(var_8, var_11);
    var_15 = &((var_f).a1);
    var_16 = &((var_s).y1);
    var_18 = wp::load(var_15);
    var_19 = wp::load(var_16);
    var_17 = wp::mul(var_18, var_19);
    var_20 = wp::sub(var_14, var_17);
    var_21 = &((var_f).a2);
    var_22 = &((var_s).y2);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::mul(var_24, var_25);
    var_26 = wp::sub(var_20, var_23);
    // s.x2 = s.x1                                                                            <L 41>
    var_27 = &((var_s).x1);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    var_s.x2 = var_28;
    // s.x1 = x                                                                               <L 42>
    var_s.x1 = var_x;
    // s.y2 = s.y1                                                                            <L 43>
    var_30 = &((var_s).y1);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    var_s.y2 = var_31;
    // s.y1 = y                                                                               <L 44>
    var_s.y1 = var_26;
    // return y, s                                                                            <L 45>
    ret_0 = var_26;
    ret_1 = var_s;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_s += adj_ret_1;
    adj_26 += adj_ret_0;
    // adj: return y, s                                                                       <L 45>
    adj_26 += adj_s.y1;
    adj_s.y1 = {};
    // adj: s.y1 = y                                                                          <L 44>
    adj_31 += adj_s.y2;
    adj_s.y2 = {};
    wp::adj_copy(var_32, adj_30, adj_31);
    adj_s.y1 += adj_30;
    // adj: s.y2 = s.y1                                                                       <L 43>
    adj_x += adj_s.x1;
    adj_s.x1 = {};
    // adj: s.x1 = x                                                                          <L 42>
    adj_28 += adj_s.x2;
    adj_s.x2 = {};
    wp::adj_copy(var_29, adj_27, adj_28);
    adj_s.x1 += adj_27;
    // adj: s.x2 = s.x1                                                                       <L 41>
    wp::adj_sub(var_20, var_23, adj_20, adj_23, adj_26);
    wp::adj_mul(var_24, var_25, adj_21, adj_22, adj_23);
    adj_s.y2 += adj_22;
    adj_f.a2 += adj_21;
    wp::adj_sub(var_14, var_17, adj_14, adj_17, adj_20);
    wp::adj_mul(var_18, var_19, adj_15, adj_16, adj_17);
    adj_s.y1 += adj_16;
    adj_f.a1 += adj_15;
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_14);
    wp::adj_mul(var_12, var_13, adj_9, adj_10, adj_11);
    adj_s.x2 += adj_10;
    adj_f.b2 += adj_9;
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_8);
    wp::adj_mul(var_6, var_7, adj_3, adj_4, adj_5);
    adj_s.x1 += adj_4;
    adj_f.b1 += adj_3;
    wp::adj_mul(var_2, var_x, adj_0, adj_x, adj_1);
    adj_f.b0 += adj_0;
    // adj: y = f.b0 * x + f.b1 * s.x1 + f.b2 * s.x2 - f.a1 * s.y1 - f.a2 * s.y2              <L 40>
    // adj: def process(f: Biquad, s: BiquadState, x: float):                                 <L 39>
    return;
}

struct wp_args_design_filters_f70b0514 {
    wp::array_t<wp::float32> cutoffs;
    wp::float32 fs;
    wp::float32 q;
    wp::array_t<Biquad_56845711> filters;
};


void design_filters_f70b0514_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_design_filters_f70b0514 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_cutoffs = _wp_args->cutoffs;
    wp::float32 var_fs = _wp_args->fs;
    wp::float32 var_q = _wp_args->q;
    wp::array_t<Biquad_56845711> var_filters = _wp_args->filters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    Biquad_56845711 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def design_filters(cutoffs: wp.array(dtype=float), fs: float, q: float, filters: wp.array(dtype=Biquad)):       <L 49>
    // c = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // filters[c] = lowpass(cutoffs[c], fs, q)                                                <L 51>
    var_1 = wp::address(var_cutoffs, var_0);
    var_3 = wp::load(var_1);
    var_2 = lowpass_0(var_3, var_fs, var_q);
    wp::array_store(var_filters, var_0, var_2);
}



void design_filters_f70b0514_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_design_filters_f70b0514 *_wp_args,
    wp_args_design_filters_f70b0514 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_cutoffs = _wp_args->cutoffs;
    wp::float32 var_fs = _wp_args->fs;
    wp::float32 var_q = _wp_args->q;
    wp::array_t<Biquad_56845711> var_filters = _wp_args->filters;
    wp::array_t<wp::float32> adj_cutoffs = _wp_adj_args->cutoffs;
    wp::float32 adj_fs = _wp_adj_args->fs;
    wp::float32 adj_q = _wp_adj_args->q;
    wp::array_t<Biquad_56845711> adj_filters = _wp_adj_args->filters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    Biquad_56845711 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    Biquad_56845711 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def design_filters(cutoffs: wp.array(dtype=float), fs: float, q: float, filters: wp.array(dtype=Biquad)):       <L 49>
    // c = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // filters[c] = lowpass(cutoffs[c], fs, q)                                                <L 51>
    var_1 = wp::address(var_cutoffs, var_0);
    var_3 = wp::load(var_1);
    var_2 = lowpass_0(var_3, var_fs, var_q);
    // wp::array_store(var_filters, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_filters, var_0, var_2, adj_filters, adj_0, adj_2);
    adj_lowpass_0(var_3, var_fs, var_q, adj_1, adj_fs, adj_q, adj_2);
    wp::adj_address(var_cutoffs, var_0, adj_cutoffs, adj_0, adj_1);
    // adj: filters[c] = lowpass(cutoffs[c], fs, q)                                           <L 51>
    // adj: c = wp.tid()                                                                      <L 50>
    // adj: def design_filters(cutoffs: wp.array(dtype=float), fs: float, q: float, filters: wp.array(dtype=Biquad)):  <L 49>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void design_filters_f70b0514_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_design_filters_f70b0514 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        design_filters_f70b0514_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void design_filters_f70b0514_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_design_filters_f70b0514 *_wp_args,
    wp_args_design_filters_f70b0514 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        design_filters_f70b0514_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_filter_channels_bbfa6895 {
    wp::array_t<wp::int16> pcm;
    wp::array_t<Biquad_56845711> filters;
    wp::array_t<BiquadState_d82b4a5d> states;
    wp::array_t<wp::int16> out;
    wp::array_t<wp::float32> peak;
};


void filter_channels_bbfa6895_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_filter_channels_bbfa6895 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    wp::array_t<Biquad_56845711> var_filters = _wp_args->filters;
    wp::array_t<BiquadState_d82b4a5d> var_states = _wp_args->states;
    wp::array_t<wp::int16> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    Biquad_56845711* var_1;
    Biquad_56845711 var_2;
    Biquad_56845711 var_3;
    BiquadState_d82b4a5d* var_4;
    BiquadState_d82b4a5d var_5;
    BiquadState_d82b4a5d var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int16* var_15;
    wp::float32 var_16;
    wp::int16 var_17;
    const wp::float32 var_18 = 32767.0;
    wp::float32 var_19;
    wp::float32 var_20;
    BiquadState_d82b4a5d var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -1.0;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::int16 var_28;
    //---------
    // forward
    // def filter_channels(pcm: wp.array2d(dtype=wp.int16), filters: wp.array(dtype=Biquad), states: wp.array(dtype=BiquadState), out: wp.array2d(dtype=wp.int16), peak: wp.array(dtype=float)):       <L 55>
    // ch = wp.tid()                                                                          <L 56>
    var_0 = builtin_tid1d();
    // f = filters[ch]                                                                        <L 57>
    var_1 = wp::address(var_filters, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = states[ch]                                                                         <L 58>
    var_4 = wp::address(var_states, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pk = float(0.0)                                                                        <L 59>
    var_8 = wp::float(var_7);
    // for n in range(pcm.shape[1]):                                                          <L 60>
    var_9 = &(var_pcm.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // x = float(pcm[ch, n]) / INT16_SCALE                                                <L 61>
        var_15 = wp::address(var_pcm, var_0, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::float(var_17);
        var_19 = wp::div(var_16, var_18);
        // y, s = process(f, s, x)                                                            <L 62>
        process_0(var_2, var_5, var_19, var_20, var_21);
        // pk = wp.max(pk, wp.abs(y))                                                         <L 63>
        var_22 = wp::abs(var_20);
        var_23 = wp::max(var_8, var_22);
        // out[ch, n] = wp.int16(wp.clamp(y, -1.0, 1.0) * INT16_SCALE)                        <L 64>
        var_26 = wp::clamp(var_20, var_24, var_25);
        var_27 = wp::mul(var_26, var_18);
        var_28 = wp::int16(var_27);
        wp::array_store(var_out, var_0, var_14, var_28);
        wp::assign(var_5, var_21);
        wp::assign(var_8, var_23);
        goto start_for_0;
    end_for_0:;
    // states[ch] = s                                                                         <L 65>
    wp::array_store(var_states, var_0, var_5);
    // peak[ch] = pk                                                                          <L 66>
    wp::array_store(var_peak, var_0, var_8);
}



void filter_channels_bbfa6895_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_filter_channels_bbfa6895 *_wp_args,
    wp_args_filter_channels_bbfa6895 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    wp::array_t<Biquad_56845711> var_filters = _wp_args->filters;
    wp::array_t<BiquadState_d82b4a5d> var_states = _wp_args->states;
    wp::array_t<wp::int16> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    wp::array_t<wp::int16> adj_pcm = _wp_adj_args->pcm;
    wp::array_t<Biquad_56845711> adj_filters = _wp_adj_args->filters;
    wp::array_t<BiquadState_d82b4a5d> adj_states = _wp_adj_args->states;
    wp::array_t<wp::int16> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_peak = _wp_adj_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    Biquad_56845711* var_1;
    Biquad_56845711 var_2;
    Biquad_56845711 var_3;
    BiquadState_d82b4a5d* var_4;
    BiquadState_d82b4a5d var_5;
    BiquadState_d82b4a5d var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int16* var_15;
    wp::float32 var_16;
    wp::int16 var_17;
    const wp::float32 var_18 = 32767.0;
    wp::float32 var_19;
    wp::float32 var_20;
    BiquadState_d82b4a5d var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -1.0;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::int16 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Biquad_56845711 adj_1 = {};
    Biquad_56845711 adj_2 = {};
    Biquad_56845711 adj_3 = {};
    BiquadState_d82b4a5d adj_4 = {};
    BiquadState_d82b4a5d adj_5 = {};
    BiquadState_d82b4a5d adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int16 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int16 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    BiquadState_d82b4a5d adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int16 adj_28 = {};
    //---------
    // forward
    // def filter_channels(pcm: wp.array2d(dtype=wp.int16), filters: wp.array(dtype=Biquad), states: wp.array(dtype=BiquadState), out: wp.array2d(dtype=wp.int16), peak: wp.array(dtype=float)):       <L 55>
    // ch = wp.tid()                                                                          <L 56>
    var_0 = builtin_tid1d();
    // f = filters[ch]                                                                        <L 57>
    var_1 = wp::address(var_filters, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = states[ch]                                                                         <L 58>
    var_4 = wp::address(var_states, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pk = float(0.0)                                                                        <L 59>
    var_8 = wp::float(var_7);
    // for n in range(pcm.shape[1]):                                                          <L 60>
    var_9 = &(var_pcm.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::range(var_11);
    // states[ch] = s                                                                         <L 65>
    // wp::array_store(var_states, var_0, var_5);
    // peak[ch] = pk                                                                          <L 66>
    // wp::array_store(var_peak, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_peak, var_0, var_8, adj_peak, adj_0, adj_8);
    // adj: peak[ch] = pk                                                                     <L 66>
    wp::adj_array_store(var_states, var_0, var_5, adj_states, adj_0, adj_5);
    // adj: states[ch] = s                                                                    <L 65>
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
        // x = float(pcm[ch, n]) / INT16_SCALE                                                <L 61>
        var_15 = wp::address(var_pcm, var_0, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::float(var_17);
        var_19 = wp::div(var_16, var_18);
        // y, s = process(f, s, x)                                                            <L 62>
        process_0(var_2, var_5, var_19, var_20, var_21);
        // pk = wp.max(pk, wp.abs(y))                                                         <L 63>
        var_22 = wp::abs(var_20);
        var_23 = wp::max(var_8, var_22);
        // out[ch, n] = wp.int16(wp.clamp(y, -1.0, 1.0) * INT16_SCALE)                        <L 64>
        var_26 = wp::clamp(var_20, var_24, var_25);
        var_27 = wp::mul(var_26, var_18);
        var_28 = wp::int16(var_27);
        // wp::array_store(var_out, var_0, var_14, var_28);
        wp::assign(var_5, var_21);
        wp::assign(var_8, var_23);
        wp::adj_assign(var_8, var_23, adj_8, adj_23);
        wp::adj_assign(var_5, var_21, adj_5, adj_21);
        wp::adj_array_store(var_out, var_0, var_14, var_28, adj_out, adj_0, adj_14, adj_28);
        wp::adj_mul(var_26, var_18, adj_26, adj_18, adj_27);
        wp::adj_clamp(var_20, var_24, var_25, adj_20, adj_24, adj_25, adj_26);
        // adj: out[ch, n] = wp.int16(wp.clamp(y, -1.0, 1.0) * INT16_SCALE)                   <L 64>
        wp::adj_max(var_8, var_22, adj_8, adj_22, adj_23);
        wp::adj_abs(var_20, adj_20, adj_22);
        // adj: pk = wp.max(pk, wp.abs(y))                                                    <L 63>
        adj_process_0(var_2, var_5, var_19, var_20, var_21, adj_2, adj_5, adj_19, adj_20, adj_21);
        // adj: y, s = process(f, s, x)                                                       <L 62>
        wp::adj_div(var_16, var_18, var_19, adj_16, adj_18, adj_19);
        wp::adj_float(var_17, adj_15, adj_16);
        wp::adj_address(var_pcm, var_0, var_14, adj_pcm, adj_0, adj_14, adj_15);
        // adj: x = float(pcm[ch, n]) / INT16_SCALE                                           <L 61>
    	goto start_for_0;
    end_for_0:;
    adj_pcm.shape = adj_9;
    // adj: for n in range(pcm.shape[1]):                                                     <L 60>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: pk = float(0.0)                                                                   <L 59>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_states, var_0, adj_states, adj_0, adj_4);
    // adj: s = states[ch]                                                                    <L 58>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_filters, var_0, adj_filters, adj_0, adj_1);
    // adj: f = filters[ch]                                                                   <L 57>
    // adj: ch = wp.tid()                                                                     <L 56>
    // adj: def filter_channels(pcm: wp.array2d(dtype=wp.int16), filters: wp.array(dtype=Biquad), states: wp.array(dtype=BiquadState), out: wp.array2d(dtype=wp.int16), peak: wp.array(dtype=float)):  <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void filter_channels_bbfa6895_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_channels_bbfa6895 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        filter_channels_bbfa6895_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void filter_channels_bbfa6895_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_filter_channels_bbfa6895 *_wp_args,
    wp_args_filter_channels_bbfa6895 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        filter_channels_bbfa6895_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mixdown_303607db {
    wp::array_t<wp::int16> pcm;
    wp::array_t<wp::float32> gains;
    wp::array_t<wp::int16> out;
};


void mixdown_303607db_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mixdown_303607db *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    wp::array_t<wp::float32> var_gains = _wp_args->gains;
    wp::array_t<wp::int16> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::int16* var_9;
    wp::float32 var_10;
    wp::int16 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 32767.0;
    const wp::float32 var_17 = -32767.0;
    wp::float32 var_18;
    wp::int16 var_19;
    //---------
    // forward
    // def mixdown(pcm: wp.array2d(dtype=wp.int16), gains: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):       <L 70>
    // n = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 72>
    var_2 = wp::float(var_1);
    // for ch in range(pcm.shape[0]):                                                         <L 73>
    var_3 = &(var_pcm.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::range(var_5);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // acc += float(pcm[ch, n]) * gains[ch]                                               <L 74>
        var_9 = wp::address(var_pcm, var_8, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::float(var_11);
        var_12 = wp::address(var_gains, var_8);
        var_14 = wp::load(var_12);
        var_13 = wp::mul(var_10, var_14);
        var_15 = wp::add(var_2, var_13);
        wp::assign(var_2, var_15);
        goto start_for_0;
    end_for_0:;
    // out[n] = wp.int16(wp.clamp(acc, -INT16_SCALE, INT16_SCALE))                            <L 75>
    var_18 = wp::clamp(var_2, var_17, var_16);
    var_19 = wp::int16(var_18);
    wp::array_store(var_out, var_0, var_19);
}



void mixdown_303607db_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mixdown_303607db *_wp_args,
    wp_args_mixdown_303607db *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    wp::array_t<wp::float32> var_gains = _wp_args->gains;
    wp::array_t<wp::int16> var_out = _wp_args->out;
    wp::array_t<wp::int16> adj_pcm = _wp_adj_args->pcm;
    wp::array_t<wp::float32> adj_gains = _wp_adj_args->gains;
    wp::array_t<wp::int16> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::int16* var_9;
    wp::float32 var_10;
    wp::int16 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 32767.0;
    const wp::float32 var_17 = -32767.0;
    wp::float32 var_18;
    wp::int16 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int16 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int16 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int16 adj_19 = {};
    //---------
    // forward
    // def mixdown(pcm: wp.array2d(dtype=wp.int16), gains: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):       <L 70>
    // n = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // acc = float(0.0)                                                                       <L 72>
    var_2 = wp::float(var_1);
    // for ch in range(pcm.shape[0]):                                                         <L 73>
    var_3 = &(var_pcm.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::range(var_5);
    // out[n] = wp.int16(wp.clamp(acc, -INT16_SCALE, INT16_SCALE))                            <L 75>
    var_18 = wp::clamp(var_2, var_17, var_16);
    var_19 = wp::int16(var_18);
    // wp::array_store(var_out, var_0, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_19, adj_out, adj_0, adj_19);
    wp::adj_clamp(var_2, var_17, var_16, adj_2, adj_17, adj_16, adj_18);
    // adj: out[n] = wp.int16(wp.clamp(acc, -INT16_SCALE, INT16_SCALE))                       <L 75>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
        // acc += float(pcm[ch, n]) * gains[ch]                                               <L 74>
        var_9 = wp::address(var_pcm, var_8, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::float(var_11);
        var_12 = wp::address(var_gains, var_8);
        var_14 = wp::load(var_12);
        var_13 = wp::mul(var_10, var_14);
        var_15 = wp::add(var_2, var_13);
        wp::assign(var_2, var_15);
        wp::adj_assign(var_2, var_15, adj_2, adj_15);
        wp::adj_add(var_2, var_13, adj_2, adj_13, adj_15);
        wp::adj_mul(var_10, var_14, adj_10, adj_12, adj_13);
        wp::adj_address(var_gains, var_8, adj_gains, adj_8, adj_12);
        wp::adj_float(var_11, adj_9, adj_10);
        wp::adj_address(var_pcm, var_8, var_0, adj_pcm, adj_8, adj_0, adj_9);
        // adj: acc += float(pcm[ch, n]) * gains[ch]                                          <L 74>
    	goto start_for_0;
    end_for_0:;
    adj_pcm.shape = adj_3;
    // adj: for ch in range(pcm.shape[0]):                                                    <L 73>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: acc = float(0.0)                                                                  <L 72>
    // adj: n = wp.tid()                                                                      <L 71>
    // adj: def mixdown(pcm: wp.array2d(dtype=wp.int16), gains: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):  <L 70>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mixdown_303607db_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mixdown_303607db *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mixdown_303607db_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mixdown_303607db_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mixdown_303607db *_wp_args,
    wp_args_mixdown_303607db *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mixdown_303607db_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rms_windows_7ab8fcf3 {
    wp::array_t<wp::int16> pcm;
    wp::int32 window;
    wp::array_t<wp::float32> rms;
};


void rms_windows_7ab8fcf3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rms_windows_7ab8fcf3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    wp::int32 var_window = _wp_args->window;
    wp::array_t<wp::float32> var_rms = _wp_args->rms;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int16* var_7;
    wp::float32 var_8;
    wp::int16 var_9;
    const wp::float32 var_10 = 32767.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def rms_windows(pcm: wp.array(dtype=wp.int16), window: int, rms: wp.array(dtype=float)):       <L 79>
    // w = wp.tid()                                                                           <L 80>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 81>
    var_2 = wp::float(var_1);
    // for k in range(window):                                                                <L 82>
    var_3 = wp::range(var_window);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // v = float(pcm[w * window + k]) / INT16_SCALE                                       <L 83>
        var_5 = wp::mul(var_0, var_window);
        var_6 = wp::add(var_5, var_4);
        var_7 = wp::address(var_pcm, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::float(var_9);
        var_11 = wp::div(var_8, var_10);
        // s += v * v                                                                         <L 84>
        var_12 = wp::mul(var_11, var_11);
        var_13 = wp::add(var_2, var_12);
        wp::assign(var_2, var_13);
        goto start_for_0;
    end_for_0:;
    // rms[w] = wp.sqrt(s / float(window))                                                    <L 85>
    var_14 = wp::float(var_window);
    var_15 = wp::div(var_2, var_14);
    var_16 = wp::sqrt(var_15);
    wp::array_store(var_rms, var_0, var_16);
}



void rms_windows_7ab8fcf3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rms_windows_7ab8fcf3 *_wp_args,
    wp_args_rms_windows_7ab8fcf3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int16> var_pcm = _wp_args->pcm;
    wp::int32 var_window = _wp_args->window;
    wp::array_t<wp::float32> var_rms = _wp_args->rms;
    wp::array_t<wp::int16> adj_pcm = _wp_adj_args->pcm;
    wp::int32 adj_window = _wp_adj_args->window;
    wp::array_t<wp::float32> adj_rms = _wp_adj_args->rms;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int16* var_7;
    wp::float32 var_8;
    wp::int16 var_9;
    const wp::float32 var_10 = 32767.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int16 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int16 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def rms_windows(pcm: wp.array(dtype=wp.int16), window: int, rms: wp.array(dtype=float)):       <L 79>
    // w = wp.tid()                                                                           <L 80>
    var_0 = builtin_tid1d();
    // s = float(0.0)                                                                         <L 81>
    var_2 = wp::float(var_1);
    // for k in range(window):                                                                <L 82>
    var_3 = wp::range(var_window);
    // rms[w] = wp.sqrt(s / float(window))                                                    <L 85>
    var_14 = wp::float(var_window);
    var_15 = wp::div(var_2, var_14);
    var_16 = wp::sqrt(var_15);
    // wp::array_store(var_rms, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_rms, var_0, var_16, adj_rms, adj_0, adj_16);
    wp::adj_sqrt(var_15, var_16, adj_15, adj_16);
    wp::adj_div(var_2, var_14, var_15, adj_2, adj_14, adj_15);
    wp::adj_float(var_window, adj_window, adj_14);
    // adj: rms[w] = wp.sqrt(s / float(window))                                               <L 85>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
        // v = float(pcm[w * window + k]) / INT16_SCALE                                       <L 83>
        var_5 = wp::mul(var_0, var_window);
        var_6 = wp::add(var_5, var_4);
        var_7 = wp::address(var_pcm, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::float(var_9);
        var_11 = wp::div(var_8, var_10);
        // s += v * v                                                                         <L 84>
        var_12 = wp::mul(var_11, var_11);
        var_13 = wp::add(var_2, var_12);
        wp::assign(var_2, var_13);
        wp::adj_assign(var_2, var_13, adj_2, adj_13);
        wp::adj_add(var_2, var_12, adj_2, adj_12, adj_13);
        wp::adj_mul(var_11, var_11, adj_11, adj_11, adj_12);
        // adj: s += v * v                                                                    <L 84>
        wp::adj_div(var_8, var_10, var_11, adj_8, adj_10, adj_11);
        wp::adj_float(var_9, adj_7, adj_8);
        wp::adj_address(var_pcm, var_6, adj_pcm, adj_6, adj_7);
        wp::adj_add(var_5, var_4, adj_5, adj_4, adj_6);
        wp::adj_mul(var_0, var_window, adj_0, adj_window, adj_5);
        // adj: v = float(pcm[w * window + k]) / INT16_SCALE                                  <L 83>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(window):                                                           <L 82>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: s = float(0.0)                                                                    <L 81>
    // adj: w = wp.tid()                                                                      <L 80>
    // adj: def rms_windows(pcm: wp.array(dtype=wp.int16), window: int, rms: wp.array(dtype=float)):  <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rms_windows_7ab8fcf3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rms_windows_7ab8fcf3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rms_windows_7ab8fcf3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rms_windows_7ab8fcf3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rms_windows_7ab8fcf3 *_wp_args,
    wp_args_rms_windows_7ab8fcf3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rms_windows_7ab8fcf3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

