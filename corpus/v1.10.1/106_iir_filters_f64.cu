
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


struct Biquad_7515922d
{
    wp::float64 b0;
    wp::float64 b1;
    wp::float64 b2;
    wp::float64 a1;
    wp::float64 a2;


    Biquad_7515922d() = default;
    CUDA_CALLABLE Biquad_7515922d(wp::float64 const& b0,
    wp::float64 const& b1 = {},
    wp::float64 const& b2 = {},
    wp::float64 const& a1 = {},
    wp::float64 const& a2 = {})
        : b0{b0}
        , b1{b1}
        , b2{b2}
        , a1{a1}
        , a2{a2}

    {
    }

    CUDA_CALLABLE Biquad_7515922d& operator += (const Biquad_7515922d& rhs)
    {    b0 += rhs.b0;
    b1 += rhs.b1;
    b2 += rhs.b2;
    a1 += rhs.a1;
    a2 += rhs.a2;

        return *this;}

};

static CUDA_CALLABLE void adj_Biquad_7515922d(wp::float64 const&,
    wp::float64 const&,
    wp::float64 const&,
    wp::float64 const&,
    wp::float64 const&,
    wp::float64 & adj_b0,
    wp::float64 & adj_b1,
    wp::float64 & adj_b2,
    wp::float64 & adj_a1,
    wp::float64 & adj_a2,
    Biquad_7515922d & adj_ret)
{
    adj_b0 += adj_ret.b0;
    adj_b1 += adj_ret.b1;
    adj_b2 += adj_ret.b2;
    adj_a1 += adj_ret.a1;
    adj_a2 += adj_ret.a2;
}

// Required when compiling adjoints.
CUDA_CALLABLE Biquad_7515922d add(const Biquad_7515922d& a, const Biquad_7515922d& b)
{
    return Biquad_7515922d();
}

CUDA_CALLABLE void adj_atomic_add(Biquad_7515922d* p, Biquad_7515922d t)
{
    wp::adj_atomic_add(&p->b0, t.b0);
    wp::adj_atomic_add(&p->b1, t.b1);
    wp::adj_atomic_add(&p->b2, t.b2);
    wp::adj_atomic_add(&p->a1, t.a1);
    wp::adj_atomic_add(&p->a2, t.a2);
}



// corpus/106_iir_filters_f64.py:13
static CUDA_CALLABLE Biquad_7515922d lowpass_design_0(
    wp::float64 var_fc,
    wp::float64 var_fs,
    wp::float64 var_q)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 6.283185307179586;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float64 var_11;
    wp::float64 var_12;
    Biquad_7515922d var_13;
    const wp::float32 var_14 = 1.0;
    wp::float64 var_15;
    wp::float64 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64* var_21;
    const wp::float32 var_22 = 1.0;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64* var_26;
    wp::float64* var_27;
    wp::float64* var_28;
    wp::float64 var_29;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = -2.0;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64* var_35;
    const wp::float32 var_36 = 1.0;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64* var_40;
    //---------
    // forward
    // def lowpass_design(fc: wp.float64, fs: wp.float64, q: wp.float64) -> Biquad:           <L 14>
    // w0 = wp.float64(6.283185307179586) * fc / fs                                           <L 15>
    var_1 = wp::float64(var_0);
    var_2 = wp::mul(var_1, var_fc);
    var_3 = wp::div(var_2, var_fs);
    // alpha = wp.sin(w0) / (wp.float64(2.0) * q)                                             <L 16>
    var_4 = wp::sin(var_3);
    var_6 = wp::float64(var_5);
    var_7 = wp::mul(var_6, var_q);
    var_8 = wp::div(var_4, var_7);
    // cw = wp.cos(w0)                                                                        <L 17>
    var_9 = wp::cos(var_3);
    // a0 = wp.float64(1.0) + alpha                                                           <L 18>
    var_11 = wp::float64(var_10);
    var_12 = wp::add(var_11, var_8);
    // bq = Biquad()                                                                          <L 19>
    var_13 = Biquad_7515922d();
    // bq.b0 = (wp.float64(1.0) - cw) * wp.float64(0.5) / a0                                  <L 20>
    var_15 = wp::float64(var_14);
    var_16 = wp::sub(var_15, var_9);
    var_18 = wp::float64(var_17);
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::div(var_19, var_12);
    var_21 = &(var_13.b0);
    wp::store(var_21, var_20);
    // bq.b1 = (wp.float64(1.0) - cw) / a0                                                    <L 21>
    var_23 = wp::float64(var_22);
    var_24 = wp::sub(var_23, var_9);
    var_25 = wp::div(var_24, var_12);
    var_26 = &(var_13.b1);
    wp::store(var_26, var_25);
    // bq.b2 = bq.b0                                                                          <L 22>
    var_27 = &(var_13.b0);
    var_28 = &(var_13.b2);
    var_29 = wp::load(var_27);
    wp::store(var_28, var_29);
    // bq.a1 = wp.float64(-2.0) * cw / a0                                                     <L 23>
    var_32 = wp::float64(var_31);
    var_33 = wp::mul(var_32, var_9);
    var_34 = wp::div(var_33, var_12);
    var_35 = &(var_13.a1);
    wp::store(var_35, var_34);
    // bq.a2 = (wp.float64(1.0) - alpha) / a0                                                 <L 24>
    var_37 = wp::float64(var_36);
    var_38 = wp::sub(var_37, var_8);
    var_39 = wp::div(var_38, var_12);
    var_40 = &(var_13.a2);
    wp::store(var_40, var_39);
    // return bq                                                                              <L 25>
    return var_13;
}


// corpus/106_iir_filters_f64.py:28
static CUDA_CALLABLE void biquad_tick_0(
    Biquad_7515922d var_bq,
    wp::float64 var_x,
    wp::float64 var_z1,
    wp::float64 var_z2,
    wp::float64 & ret_0,
    wp::float64 & ret_1,
    wp::float64 & ret_2)
{
    //---------
    // primal vars
    wp::float64* var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64* var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    //---------
    // forward
    // def biquad_tick(bq: Biquad, x: wp.float64, z1: wp.float64, z2: wp.float64):            <L 29>
    // y = bq.b0 * x + z1                                                                     <L 30>
    var_0 = &(var_bq.b0);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_x);
    var_3 = wp::add(var_1, var_z1);
    // nz1 = bq.b1 * x - bq.a1 * y + z2                                                       <L 31>
    var_4 = &(var_bq.b1);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_x);
    var_7 = &(var_bq.a1);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_3);
    var_10 = wp::sub(var_5, var_8);
    var_11 = wp::add(var_10, var_z2);
    // nz2 = bq.b2 * x - bq.a2 * y                                                            <L 32>
    var_12 = &(var_bq.b2);
    var_14 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_x);
    var_15 = &(var_bq.a2);
    var_17 = wp::load(var_15);
    var_16 = wp::mul(var_17, var_3);
    var_18 = wp::sub(var_13, var_16);
    // return y, nz1, nz2                                                                     <L 33>
    ret_0 = var_3;
    ret_1 = var_11;
    ret_2 = var_18;
    return;
}


// corpus/106_iir_filters_f64.py:13
static CUDA_CALLABLE void adj_lowpass_design_0(
    wp::float64 var_fc,
    wp::float64 var_fs,
    wp::float64 var_q,
    wp::float64 & adj_fc,
    wp::float64 & adj_fs,
    wp::float64 & adj_q,
    Biquad_7515922d & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 6.283185307179586;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float64 var_11;
    wp::float64 var_12;
    Biquad_7515922d var_13;
    const wp::float32 var_14 = 1.0;
    wp::float64 var_15;
    wp::float64 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64* var_21;
    const wp::float32 var_22 = 1.0;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64* var_26;
    wp::float64* var_27;
    wp::float64* var_28;
    wp::float64 var_29;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = -2.0;
    wp::float64 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64* var_35;
    const wp::float32 var_36 = 1.0;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64* var_40;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    Biquad_7515922d adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    //---------
    // forward
    // def lowpass_design(fc: wp.float64, fs: wp.float64, q: wp.float64) -> Biquad:           <L 14>
    // w0 = wp.float64(6.283185307179586) * fc / fs                                           <L 15>
    var_1 = wp::float64(var_0);
    var_2 = wp::mul(var_1, var_fc);
    var_3 = wp::div(var_2, var_fs);
    // alpha = wp.sin(w0) / (wp.float64(2.0) * q)                                             <L 16>
    var_4 = wp::sin(var_3);
    var_6 = wp::float64(var_5);
    var_7 = wp::mul(var_6, var_q);
    var_8 = wp::div(var_4, var_7);
    // cw = wp.cos(w0)                                                                        <L 17>
    var_9 = wp::cos(var_3);
    // a0 = wp.float64(1.0) + alpha                                                           <L 18>
    var_11 = wp::float64(var_10);
    var_12 = wp::add(var_11, var_8);
    // bq = Biquad()                                                                          <L 19>
    var_13 = Biquad_7515922d();
    // bq.b0 = (wp.float64(1.0) - cw) * wp.float64(0.5) / a0                                  <L 20>
    var_15 = wp::float64(var_14);
    var_16 = wp::sub(var_15, var_9);
    var_18 = wp::float64(var_17);
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::div(var_19, var_12);
    var_21 = &(var_13.b0);
    // wp::store(var_21, var_20);
    // bq.b1 = (wp.float64(1.0) - cw) / a0                                                    <L 21>
    var_23 = wp::float64(var_22);
    var_24 = wp::sub(var_23, var_9);
    var_25 = wp::div(var_24, var_12);
    var_26 = &(var_13.b1);
    // wp::store(var_26, var_25);
    // bq.b2 = bq.b0                                                                          <L 22>
    var_27 = &(var_13.b0);
    var_28 = &(var_13.b2);
    var_29 = wp::load(var_27);
    // wp::store(var_28, var_29);
    // bq.a1 = wp.float64(-2.0) * cw / a0                                                     <L 23>
    var_32 = wp::float64(var_31);
    var_33 = wp::mul(var_32, var_9);
    var_34 = wp::div(var_33, var_12);
    var_35 = &(var_13.a1);
    // wp::store(var_35, var_34);
    // bq.a2 = (wp.float64(1.0) - alpha) / a0                                                 <L 24>
    var_37 = wp::float64(var_36);
    var_38 = wp::sub(var_37, var_8);
    var_39 = wp::div(var_38, var_12);
    var_40 = &(var_13.a2);
    // wp::store(var_40, var_39);
    // return bq                                                                              <L 25>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    // adj: return bq                                                                         <L 25>
    adj_13.a2 += adj_40;
    wp::adj_div(var_38, var_12, var_39, adj_38, adj_12, adj_39);
    wp::adj_sub(var_37, var_8, adj_37, adj_8, adj_38);
    wp::adj_float64(var_36, adj_36, adj_37);
    // adj: bq.a2 = (wp.float64(1.0) - alpha) / a0                                            <L 24>
    adj_13.a1 += adj_35;
    wp::adj_div(var_33, var_12, var_34, adj_33, adj_12, adj_34);
    wp::adj_mul(var_32, var_9, adj_32, adj_9, adj_33);
    wp::adj_float64(var_31, adj_31, adj_32);
    // adj: bq.a1 = wp.float64(-2.0) * cw / a0                                                <L 23>
    adj_13.b2 += adj_28;
    adj_13.b0 += adj_27;
    // adj: bq.b2 = bq.b0                                                                     <L 22>
    adj_13.b1 += adj_26;
    wp::adj_div(var_24, var_12, var_25, adj_24, adj_12, adj_25);
    wp::adj_sub(var_23, var_9, adj_23, adj_9, adj_24);
    wp::adj_float64(var_22, adj_22, adj_23);
    // adj: bq.b1 = (wp.float64(1.0) - cw) / a0                                               <L 21>
    adj_13.b0 += adj_21;
    wp::adj_div(var_19, var_12, var_20, adj_19, adj_12, adj_20);
    wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_float64(var_17, adj_17, adj_18);
    wp::adj_sub(var_15, var_9, adj_15, adj_9, adj_16);
    wp::adj_float64(var_14, adj_14, adj_15);
    // adj: bq.b0 = (wp.float64(1.0) - cw) * wp.float64(0.5) / a0                             <L 20>
    // adj: bq = Biquad()                                                                     <L 19>
    wp::adj_add(var_11, var_8, adj_11, adj_8, adj_12);
    wp::adj_float64(var_10, adj_10, adj_11);
    // adj: a0 = wp.float64(1.0) + alpha                                                      <L 18>
    wp::adj_cos(var_3, adj_3, adj_9);
    // adj: cw = wp.cos(w0)                                                                   <L 17>
    wp::adj_div(var_4, var_7, var_8, adj_4, adj_7, adj_8);
    wp::adj_mul(var_6, var_q, adj_6, adj_q, adj_7);
    wp::adj_float64(var_5, adj_5, adj_6);
    wp::adj_sin(var_3, adj_3, adj_4);
    // adj: alpha = wp.sin(w0) / (wp.float64(2.0) * q)                                        <L 16>
    wp::adj_div(var_2, var_fs, var_3, adj_2, adj_fs, adj_3);
    wp::adj_mul(var_1, var_fc, adj_1, adj_fc, adj_2);
    wp::adj_float64(var_0, adj_0, adj_1);
    // adj: w0 = wp.float64(6.283185307179586) * fc / fs                                      <L 15>
    // adj: def lowpass_design(fc: wp.float64, fs: wp.float64, q: wp.float64) -> Biquad:      <L 14>
    return;
}


// corpus/106_iir_filters_f64.py:28
static CUDA_CALLABLE void adj_biquad_tick_0(
    Biquad_7515922d var_bq,
    wp::float64 var_x,
    wp::float64 var_z1,
    wp::float64 var_z2,
    wp::float64 & ret_0,
    wp::float64 & ret_1,
    wp::float64 & ret_2,
    Biquad_7515922d & adj_bq,
    wp::float64 & adj_x,
    wp::float64 & adj_z1,
    wp::float64 & adj_z2,
    wp::float64 & adj_ret_0,
    wp::float64 & adj_ret_1,
    wp::float64 & adj_ret_2)
{
    //---------
    // primal vars
    wp::float64* var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64* var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    //---------
    // forward
    // def biquad_tick(bq: Biquad, x: wp.float64, z1: wp.float64, z2: wp.float64):            <L 29>
    // y = bq.b0 * x + z1                                                                     <L 30>
    var_0 = &(var_bq.b0);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_x);
    var_3 = wp::add(var_1, var_z1);
    // nz1 = bq.b1 * x - bq.a1 * y + z2                                                       <L 31>
    var_4 = &(var_bq.b1);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_x);
    var_7 = &(var_bq.a1);
    var_9 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_3);
    var_10 = wp::sub(var_5, var_8);
    var_11 = wp::add(var_10, var_z2);
    // nz2 = bq.b2 * x - bq.a2 * y                                                            <L 32>
    var_12 = &(var_bq.b2);
    var_14 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_x);
    var_15 = &(var_bq.a2);
    var_17 = wp::load(var_15);
    var_16 = wp::mul(var_17, var_3);
    var_18 = wp::sub(var_13, var_16);
    // return y, nz1, nz2                                                                     <L 33>
    ret_0 = var_3;
    ret_1 = var_11;
    ret_2 = var_18;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret_2;
    adj_11 += adj_ret_1;
    adj_3 += adj_ret_0;
    // adj: return y, nz1, nz2                                                                <L 33>
    wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_18);
    wp::adj_mul(var_17, var_3, adj_15, adj_3, adj_16);
    adj_bq.a2 += adj_15;
    wp::adj_mul(var_14, var_x, adj_12, adj_x, adj_13);
    adj_bq.b2 += adj_12;
    // adj: nz2 = bq.b2 * x - bq.a2 * y                                                       <L 32>
    wp::adj_add(var_10, var_z2, adj_10, adj_z2, adj_11);
    wp::adj_sub(var_5, var_8, adj_5, adj_8, adj_10);
    wp::adj_mul(var_9, var_3, adj_7, adj_3, adj_8);
    adj_bq.a1 += adj_7;
    wp::adj_mul(var_6, var_x, adj_4, adj_x, adj_5);
    adj_bq.b1 += adj_4;
    // adj: nz1 = bq.b1 * x - bq.a1 * y + z2                                                  <L 31>
    wp::adj_add(var_1, var_z1, adj_1, adj_z1, adj_3);
    wp::adj_mul(var_2, var_x, adj_0, adj_x, adj_1);
    adj_bq.b0 += adj_0;
    // adj: y = bq.b0 * x + z1                                                                <L 30>
    // adj: def biquad_tick(bq: Biquad, x: wp.float64, z1: wp.float64, z2: wp.float64):       <L 29>
    return;
}



extern "C" __global__ void design_filters_fcf9d5b2_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_cutoffs,
    wp::float64 var_fs,
    wp::float64 var_q,
    wp::array_t<Biquad_7515922d> var_filters)
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
        wp::float64* var_1;
        Biquad_7515922d var_2;
        wp::float64 var_3;
        //---------
        // forward
        // def design_filters(cutoffs: wp.array(dtype=wp.float64), fs: wp.float64, q: wp.float64, filters: wp.array(dtype=Biquad)):       <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // filters[i] = lowpass_design(cutoffs[i], fs, q)                                         <L 39>
        var_1 = wp::address(var_cutoffs, var_0);
        var_3 = wp::load(var_1);
        var_2 = lowpass_design_0(var_3, var_fs, var_q);
        wp::array_store(var_filters, var_0, var_2);
    }
}



extern "C" __global__ void design_filters_fcf9d5b2_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_cutoffs,
    wp::float64 var_fs,
    wp::float64 var_q,
    wp::array_t<Biquad_7515922d> var_filters,
    wp::array_t<wp::float64> adj_cutoffs,
    wp::float64 adj_fs,
    wp::float64 adj_q,
    wp::array_t<Biquad_7515922d> adj_filters)
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
        wp::float64* var_1;
        Biquad_7515922d var_2;
        wp::float64 var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        Biquad_7515922d adj_2 = {};
        wp::float64 adj_3 = {};
        //---------
        // forward
        // def design_filters(cutoffs: wp.array(dtype=wp.float64), fs: wp.float64, q: wp.float64, filters: wp.array(dtype=Biquad)):       <L 37>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // filters[i] = lowpass_design(cutoffs[i], fs, q)                                         <L 39>
        var_1 = wp::address(var_cutoffs, var_0);
        var_3 = wp::load(var_1);
        var_2 = lowpass_design_0(var_3, var_fs, var_q);
        // wp::array_store(var_filters, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_filters, var_0, var_2, adj_filters, adj_0, adj_2);
        adj_lowpass_design_0(var_3, var_fs, var_q, adj_1, adj_fs, adj_q, adj_2);
        wp::adj_address(var_cutoffs, var_0, adj_cutoffs, adj_0, adj_1);
        // adj: filters[i] = lowpass_design(cutoffs[i], fs, q)                                    <L 39>
        // adj: i = wp.tid()                                                                      <L 38>
        // adj: def design_filters(cutoffs: wp.array(dtype=wp.float64), fs: wp.float64, q: wp.float64, filters: wp.array(dtype=Biquad)):  <L 37>
        continue;
    }
}



extern "C" __global__ void filter_channels_d078c61e_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_signal,
    wp::array_t<Biquad_7515922d> var_filters,
    wp::int32 var_cascade,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::float64> var_rms)
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
        Biquad_7515922d* var_1;
        Biquad_7515922d var_2;
        Biquad_7515922d var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::float32 var_8 = 0.0;
        wp::float64 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float64 var_11;
        const wp::float32 var_12 = 0.0;
        wp::float64 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float64 var_15;
        const wp::float32 var_16 = 0.0;
        wp::float64 var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::float64* var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        bool var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        wp::float64 var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        //---------
        // forward
        // def filter_channels(signal: wp.array2d(dtype=wp.float64), filters: wp.array(dtype=Biquad), cascade: int, out: wp.array2d(dtype=wp.float64), rms: wp.array(dtype=wp.float64)):       <L 43>
        // ch = wp.tid()                                                                          <L 44>
        var_0 = builtin_tid1d();
        // bq = filters[ch]                                                                       <L 45>
        var_1 = wp::address(var_filters, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = signal.shape[1]                                                                    <L 46>
        var_4 = &(var_signal.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // z1a = wp.float64(0.0)                                                                  <L 47>
        var_9 = wp::float64(var_8);
        // z2a = wp.float64(0.0)                                                                  <L 48>
        var_11 = wp::float64(var_10);
        // z1b = wp.float64(0.0)                                                                  <L 49>
        var_13 = wp::float64(var_12);
        // z2b = wp.float64(0.0)                                                                  <L 50>
        var_15 = wp::float64(var_14);
        // acc = wp.float64(0.0)                                                                  <L 51>
        var_17 = wp::float64(var_16);
        // for t in range(n):                                                                     <L 52>
        var_18 = wp::range(var_6);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
            // y, z1a, z2a = biquad_tick(bq, signal[ch, t], z1a, z2a)                             <L 53>
            var_20 = wp::address(var_signal, var_0, var_19);
            var_24 = wp::load(var_20);
            biquad_tick_0(var_2, var_24, var_9, var_11, var_21, var_22, var_23);
            // if cascade > 1:                                                                    <L 54>
            var_26 = (var_cascade > var_25);
            if (var_26) {
                // y, z1b, z2b = biquad_tick(bq, y, z1b, z2b)                                     <L 55>
                biquad_tick_0(var_2, var_21, var_13, var_15, var_27, var_28, var_29);
            }
            var_30 = wp::where(var_26, var_28, var_13);
            var_31 = wp::where(var_26, var_29, var_15);
            var_32 = wp::where(var_26, var_27, var_21);
            // out[ch, t] = y                                                                     <L 56>
            wp::array_store(var_out, var_0, var_19, var_32);
            // acc = acc + y * y                                                                  <L 57>
            var_33 = wp::mul(var_32, var_32);
            var_34 = wp::add(var_17, var_33);
            wp::assign(var_9, var_22);
            wp::assign(var_11, var_23);
            wp::assign(var_13, var_30);
            wp::assign(var_15, var_31);
            wp::assign(var_17, var_34);
            goto start_for_0;
        end_for_0:;
        // rms[ch] = wp.sqrt(acc / wp.float64(n))                                                 <L 58>
        var_35 = wp::float64(var_6);
        var_36 = wp::div(var_17, var_35);
        var_37 = wp::sqrt(var_36);
        wp::array_store(var_rms, var_0, var_37);
    }
}



extern "C" __global__ void filter_channels_d078c61e_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_signal,
    wp::array_t<Biquad_7515922d> var_filters,
    wp::int32 var_cascade,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::float64> var_rms,
    wp::array_t<wp::float64> adj_signal,
    wp::array_t<Biquad_7515922d> adj_filters,
    wp::int32 adj_cascade,
    wp::array_t<wp::float64> adj_out,
    wp::array_t<wp::float64> adj_rms)
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
        Biquad_7515922d* var_1;
        Biquad_7515922d var_2;
        Biquad_7515922d var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::float32 var_8 = 0.0;
        wp::float64 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float64 var_11;
        const wp::float32 var_12 = 0.0;
        wp::float64 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float64 var_15;
        const wp::float32 var_16 = 0.0;
        wp::float64 var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::float64* var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        bool var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        wp::float64 var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64 var_34;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Biquad_7515922d adj_1 = {};
        Biquad_7515922d adj_2 = {};
        Biquad_7515922d adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float64 adj_17 = {};
        wp::range_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::float64 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float64 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::float64 adj_36 = {};
        wp::float64 adj_37 = {};
        //---------
        // forward
        // def filter_channels(signal: wp.array2d(dtype=wp.float64), filters: wp.array(dtype=Biquad), cascade: int, out: wp.array2d(dtype=wp.float64), rms: wp.array(dtype=wp.float64)):       <L 43>
        // ch = wp.tid()                                                                          <L 44>
        var_0 = builtin_tid1d();
        // bq = filters[ch]                                                                       <L 45>
        var_1 = wp::address(var_filters, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = signal.shape[1]                                                                    <L 46>
        var_4 = &(var_signal.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // z1a = wp.float64(0.0)                                                                  <L 47>
        var_9 = wp::float64(var_8);
        // z2a = wp.float64(0.0)                                                                  <L 48>
        var_11 = wp::float64(var_10);
        // z1b = wp.float64(0.0)                                                                  <L 49>
        var_13 = wp::float64(var_12);
        // z2b = wp.float64(0.0)                                                                  <L 50>
        var_15 = wp::float64(var_14);
        // acc = wp.float64(0.0)                                                                  <L 51>
        var_17 = wp::float64(var_16);
        // for t in range(n):                                                                     <L 52>
        var_18 = wp::range(var_6);
        // rms[ch] = wp.sqrt(acc / wp.float64(n))                                                 <L 58>
        var_35 = wp::float64(var_6);
        var_36 = wp::div(var_17, var_35);
        var_37 = wp::sqrt(var_36);
        // wp::array_store(var_rms, var_0, var_37);
        //---------
        // reverse
        wp::adj_array_store(var_rms, var_0, var_37, adj_rms, adj_0, adj_37);
        wp::adj_sqrt(var_36, var_37, adj_36, adj_37);
        wp::adj_div(var_17, var_35, var_36, adj_17, adj_35, adj_36);
        wp::adj_float64(var_6, adj_6, adj_35);
        // adj: rms[ch] = wp.sqrt(acc / wp.float64(n))                                            <L 58>
        var_18 = wp::iter_reverse(var_18);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
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
            // y, z1a, z2a = biquad_tick(bq, signal[ch, t], z1a, z2a)                             <L 53>
            var_20 = wp::address(var_signal, var_0, var_19);
            var_24 = wp::load(var_20);
            biquad_tick_0(var_2, var_24, var_9, var_11, var_21, var_22, var_23);
            // if cascade > 1:                                                                    <L 54>
            var_26 = (var_cascade > var_25);
            if (var_26) {
                // y, z1b, z2b = biquad_tick(bq, y, z1b, z2b)                                     <L 55>
                biquad_tick_0(var_2, var_21, var_13, var_15, var_27, var_28, var_29);
            }
            var_30 = wp::where(var_26, var_28, var_13);
            var_31 = wp::where(var_26, var_29, var_15);
            var_32 = wp::where(var_26, var_27, var_21);
            // out[ch, t] = y                                                                     <L 56>
            // wp::array_store(var_out, var_0, var_19, var_32);
            // acc = acc + y * y                                                                  <L 57>
            var_33 = wp::mul(var_32, var_32);
            var_34 = wp::add(var_17, var_33);
            wp::assign(var_9, var_22);
            wp::assign(var_11, var_23);
            wp::assign(var_13, var_30);
            wp::assign(var_15, var_31);
            wp::assign(var_17, var_34);
            wp::adj_assign(var_17, var_34, adj_17, adj_34);
            wp::adj_assign(var_15, var_31, adj_15, adj_31);
            wp::adj_assign(var_13, var_30, adj_13, adj_30);
            wp::adj_assign(var_11, var_23, adj_11, adj_23);
            wp::adj_assign(var_9, var_22, adj_9, adj_22);
            wp::adj_add(var_17, var_33, adj_17, adj_33, adj_34);
            wp::adj_mul(var_32, var_32, adj_32, adj_32, adj_33);
            // adj: acc = acc + y * y                                                             <L 57>
            wp::adj_array_store(var_out, var_0, var_19, var_32, adj_out, adj_0, adj_19, adj_32);
            // adj: out[ch, t] = y                                                                <L 56>
            wp::adj_where(var_26, var_27, var_21, adj_26, adj_27, adj_21, adj_32);
            wp::adj_where(var_26, var_29, var_15, adj_26, adj_29, adj_15, adj_31);
            wp::adj_where(var_26, var_28, var_13, adj_26, adj_28, adj_13, adj_30);
            if (var_26) {
                adj_biquad_tick_0(var_2, var_21, var_13, var_15, var_27, var_28, var_29, adj_2, adj_21, adj_13, adj_15, adj_27, adj_28, adj_29);
                // adj: y, z1b, z2b = biquad_tick(bq, y, z1b, z2b)                                <L 55>
            }
            // adj: if cascade > 1:                                                               <L 54>
            adj_biquad_tick_0(var_2, var_24, var_9, var_11, var_21, var_22, var_23, adj_2, adj_20, adj_9, adj_11, adj_21, adj_22, adj_23);
            wp::adj_address(var_signal, var_0, var_19, adj_signal, adj_0, adj_19, adj_20);
            // adj: y, z1a, z2a = biquad_tick(bq, signal[ch, t], z1a, z2a)                        <L 53>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_6, adj_6, adj_18);
        // adj: for t in range(n):                                                                <L 52>
        wp::adj_float64(var_16, adj_16, adj_17);
        // adj: acc = wp.float64(0.0)                                                             <L 51>
        wp::adj_float64(var_14, adj_14, adj_15);
        // adj: z2b = wp.float64(0.0)                                                             <L 50>
        wp::adj_float64(var_12, adj_12, adj_13);
        // adj: z1b = wp.float64(0.0)                                                             <L 49>
        wp::adj_float64(var_10, adj_10, adj_11);
        // adj: z2a = wp.float64(0.0)                                                             <L 48>
        wp::adj_float64(var_8, adj_8, adj_9);
        // adj: z1a = wp.float64(0.0)                                                             <L 47>
        wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
        adj_signal.shape = adj_4;
        // adj: n = signal.shape[1]                                                               <L 46>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_filters, var_0, adj_filters, adj_0, adj_1);
        // adj: bq = filters[ch]                                                                  <L 45>
        // adj: ch = wp.tid()                                                                     <L 44>
        // adj: def filter_channels(signal: wp.array2d(dtype=wp.float64), filters: wp.array(dtype=Biquad), cascade: int, out: wp.array2d(dtype=wp.float64), rms: wp.array(dtype=wp.float64)):  <L 43>
        continue;
    }
}



extern "C" __global__ void moving_average_f64_9b9d3cf3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_signal,
    wp::int32 var_window,
    wp::array_t<wp::float64> var_out)
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
        const wp::float32 var_1 = 0.0;
        wp::float64 var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::float64* var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        //---------
        // forward
        // def moving_average_f64(signal: wp.array(dtype=wp.float64), window: int, out: wp.array(dtype=wp.float64)):       <L 62>
        // i = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // s = wp.float64(0.0)                                                                    <L 64>
        var_2 = wp::float64(var_1);
        // count = int(0)                                                                         <L 65>
        var_4 = wp::int(var_3);
        // for k in range(window):                                                                <L 66>
        var_5 = wp::range(var_window);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
            // j = i - k                                                                          <L 67>
            var_7 = wp::sub(var_0, var_6);
            // if j < 0:                                                                          <L 68>
            var_9 = (var_7 < var_8);
            if (var_9) {
                // break                                                                          <L 69>
                goto end_for_0;
            }
            // s = s + signal[j]                                                                  <L 70>
            var_10 = wp::address(var_signal, var_7);
            var_12 = wp::load(var_10);
            var_11 = wp::add(var_2, var_12);
            // count += 1                                                                         <L 71>
            var_15 = wp::add(var_4, var_14);
            wp::assign(var_2, var_11);
            wp::assign(var_4, var_15);
            goto start_for_0;
        end_for_0:;
        // out[i] = s / wp.float64(count)                                                         <L 72>
        var_16 = wp::float64(var_4);
        var_17 = wp::div(var_2, var_16);
        wp::array_store(var_out, var_0, var_17);
    }
}



extern "C" __global__ void moving_average_f64_9b9d3cf3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_signal,
    wp::int32 var_window,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::float64> adj_signal,
    wp::int32 adj_window,
    wp::array_t<wp::float64> adj_out)
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
        const wp::float32 var_1 = 0.0;
        wp::float64 var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::float64* var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::range_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float64 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float64 adj_16 = {};
        wp::float64 adj_17 = {};
        //---------
        // forward
        // def moving_average_f64(signal: wp.array(dtype=wp.float64), window: int, out: wp.array(dtype=wp.float64)):       <L 62>
        // i = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // s = wp.float64(0.0)                                                                    <L 64>
        var_2 = wp::float64(var_1);
        // count = int(0)                                                                         <L 65>
        var_4 = wp::int(var_3);
        // for k in range(window):                                                                <L 66>
        var_5 = wp::range(var_window);
        // out[i] = s / wp.float64(count)                                                         <L 72>
        var_16 = wp::float64(var_4);
        var_17 = wp::div(var_2, var_16);
        // wp::array_store(var_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
        wp::adj_div(var_2, var_16, var_17, adj_2, adj_16, adj_17);
        wp::adj_float64(var_4, adj_4, adj_16);
        // adj: out[i] = s / wp.float64(count)                                                    <L 72>
        var_5 = wp::iter_reverse(var_5);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
            // j = i - k                                                                          <L 67>
            var_7 = wp::sub(var_0, var_6);
            // if j < 0:                                                                          <L 68>
            var_9 = (var_7 < var_8);
            if (var_9) {
                // break                                                                          <L 69>
                goto end_for_0;
            }
            // s = s + signal[j]                                                                  <L 70>
            var_10 = wp::address(var_signal, var_7);
            var_12 = wp::load(var_10);
            var_11 = wp::add(var_2, var_12);
            // count += 1                                                                         <L 71>
            var_15 = wp::add(var_4, var_14);
            wp::assign(var_2, var_11);
            wp::assign(var_4, var_15);
            wp::adj_assign(var_4, var_15, adj_4, adj_15);
            wp::adj_assign(var_2, var_11, adj_2, adj_11);
            wp::adj_add(var_4, var_14, adj_4, adj_14, adj_15);
            // adj: count += 1                                                                    <L 71>
            wp::adj_add(var_2, var_12, adj_2, adj_10, adj_11);
            wp::adj_address(var_signal, var_7, adj_signal, adj_7, adj_10);
            // adj: s = s + signal[j]                                                             <L 70>
            if (var_9) {
                // adj: break                                                                     <L 69>
            }
            // adj: if j < 0:                                                                     <L 68>
            wp::adj_sub(var_0, var_6, adj_0, adj_6, adj_7);
            // adj: j = i - k                                                                     <L 67>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_window, adj_window, adj_5);
        // adj: for k in range(window):                                                           <L 66>
        wp::adj_int(var_3, adj_3, adj_4);
        // adj: count = int(0)                                                                    <L 65>
        wp::adj_float64(var_1, adj_1, adj_2);
        // adj: s = wp.float64(0.0)                                                               <L 64>
        // adj: i = wp.tid()                                                                      <L 63>
        // adj: def moving_average_f64(signal: wp.array(dtype=wp.float64), window: int, out: wp.array(dtype=wp.float64)):  <L 62>
        continue;
    }
}



extern "C" __global__ void frequency_response_ed846f21_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Biquad_7515922d> var_filters,
    wp::float64 var_fs,
    wp::array_t<wp::float64> var_freqs,
    wp::array_t<wp::float64> var_mag_db)
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
        wp::int32 var_1;
        Biquad_7515922d* var_2;
        Biquad_7515922d var_3;
        Biquad_7515922d var_4;
        const wp::float32 var_5 = 6.283185307179586;
        wp::float64 var_6;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float64 var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64* var_21;
        wp::float64* var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64* var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        wp::float64* var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64* var_34;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
        const wp::float32 var_39 = 1.0;
        wp::float64 var_40;
        wp::float64* var_41;
        wp::float64 var_42;
        wp::float64 var_43;
        wp::float64 var_44;
        wp::float64* var_45;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
        wp::float64* var_49;
        wp::float64 var_50;
        wp::float64 var_51;
        wp::float64* var_52;
        wp::float64 var_53;
        wp::float64 var_54;
        wp::float64 var_55;
        wp::float64 var_56;
        wp::float64 var_57;
        wp::float64 var_58;
        wp::float64 var_59;
        wp::float64 var_60;
        wp::float64 var_61;
        wp::float64 var_62;
        wp::float64 var_63;
        const wp::float32 var_64 = 10.0;
        wp::float64 var_65;
        const wp::float32 var_66 = 1e-30;
        wp::float64 var_67;
        wp::float64 var_68;
        wp::float64 var_69;
        wp::float64 var_70;
        //---------
        // forward
        // def frequency_response(filters: wp.array(dtype=Biquad), fs: wp.float64, freqs: wp.array(dtype=wp.float64), mag_db: wp.array2d(dtype=wp.float64)):       <L 76>
        // f, k = wp.tid()                                                                        <L 77>
        builtin_tid2d(var_0, var_1);
        // bq = filters[f]                                                                        <L 78>
        var_2 = wp::address(var_filters, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // w = wp.float64(6.283185307179586) * freqs[k] / fs                                      <L 79>
        var_6 = wp::float64(var_5);
        var_7 = wp::address(var_freqs, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_6, var_9);
        var_10 = wp::div(var_8, var_fs);
        // c1 = wp.cos(w)                                                                         <L 80>
        var_11 = wp::cos(var_10);
        // s1 = wp.sin(w)                                                                         <L 81>
        var_12 = wp::sin(var_10);
        // c2 = wp.cos(wp.float64(2.0) * w)                                                       <L 82>
        var_14 = wp::float64(var_13);
        var_15 = wp::mul(var_14, var_10);
        var_16 = wp::cos(var_15);
        // s2 = wp.sin(wp.float64(2.0) * w)                                                       <L 83>
        var_18 = wp::float64(var_17);
        var_19 = wp::mul(var_18, var_10);
        var_20 = wp::sin(var_19);
        // nr = bq.b0 + bq.b1 * c1 + bq.b2 * c2                                                   <L 84>
        var_21 = &(var_3.b0);
        var_22 = &(var_3.b1);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_24, var_11);
        var_26 = wp::load(var_21);
        var_25 = wp::add(var_26, var_23);
        var_27 = &(var_3.b2);
        var_29 = wp::load(var_27);
        var_28 = wp::mul(var_29, var_16);
        var_30 = wp::add(var_25, var_28);
        // ni = -(bq.b1 * s1 + bq.b2 * s2)                                                        <L 85>
        var_31 = &(var_3.b1);
        var_33 = wp::load(var_31);
        var_32 = wp::mul(var_33, var_12);
        var_34 = &(var_3.b2);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_36, var_20);
        var_37 = wp::add(var_32, var_35);
        var_38 = wp::neg(var_37);
        // dr = wp.float64(1.0) + bq.a1 * c1 + bq.a2 * c2                                         <L 86>
        var_40 = wp::float64(var_39);
        var_41 = &(var_3.a1);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_43, var_11);
        var_44 = wp::add(var_40, var_42);
        var_45 = &(var_3.a2);
        var_47 = wp::load(var_45);
        var_46 = wp::mul(var_47, var_16);
        var_48 = wp::add(var_44, var_46);
        // di = -(bq.a1 * s1 + bq.a2 * s2)                                                        <L 87>
        var_49 = &(var_3.a1);
        var_51 = wp::load(var_49);
        var_50 = wp::mul(var_51, var_12);
        var_52 = &(var_3.a2);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_54, var_20);
        var_55 = wp::add(var_50, var_53);
        var_56 = wp::neg(var_55);
        // h2 = (nr * nr + ni * ni) / (dr * dr + di * di)                                         <L 88>
        var_57 = wp::mul(var_30, var_30);
        var_58 = wp::mul(var_38, var_38);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::mul(var_48, var_48);
        var_61 = wp::mul(var_56, var_56);
        var_62 = wp::add(var_60, var_61);
        var_63 = wp::div(var_59, var_62);
        // mag_db[f, k] = wp.float64(10.0) * wp.log10(wp.max(h2, wp.float64(1.0e-30)))            <L 89>
        var_65 = wp::float64(var_64);
        var_67 = wp::float64(var_66);
        var_68 = wp::max(var_63, var_67);
        var_69 = wp::log10(var_68);
        var_70 = wp::mul(var_65, var_69);
        wp::array_store(var_mag_db, var_0, var_1, var_70);
    }
}



extern "C" __global__ void frequency_response_ed846f21_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Biquad_7515922d> var_filters,
    wp::float64 var_fs,
    wp::array_t<wp::float64> var_freqs,
    wp::array_t<wp::float64> var_mag_db,
    wp::array_t<Biquad_7515922d> adj_filters,
    wp::float64 adj_fs,
    wp::array_t<wp::float64> adj_freqs,
    wp::array_t<wp::float64> adj_mag_db)
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
        wp::int32 var_1;
        Biquad_7515922d* var_2;
        Biquad_7515922d var_3;
        Biquad_7515922d var_4;
        const wp::float32 var_5 = 6.283185307179586;
        wp::float64 var_6;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::float64 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float64 var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        const wp::float32 var_17 = 2.0;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64* var_21;
        wp::float64* var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64* var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        wp::float64 var_30;
        wp::float64* var_31;
        wp::float64 var_32;
        wp::float64 var_33;
        wp::float64* var_34;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
        const wp::float32 var_39 = 1.0;
        wp::float64 var_40;
        wp::float64* var_41;
        wp::float64 var_42;
        wp::float64 var_43;
        wp::float64 var_44;
        wp::float64* var_45;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
        wp::float64* var_49;
        wp::float64 var_50;
        wp::float64 var_51;
        wp::float64* var_52;
        wp::float64 var_53;
        wp::float64 var_54;
        wp::float64 var_55;
        wp::float64 var_56;
        wp::float64 var_57;
        wp::float64 var_58;
        wp::float64 var_59;
        wp::float64 var_60;
        wp::float64 var_61;
        wp::float64 var_62;
        wp::float64 var_63;
        const wp::float32 var_64 = 10.0;
        wp::float64 var_65;
        const wp::float32 var_66 = 1e-30;
        wp::float64 var_67;
        wp::float64 var_68;
        wp::float64 var_69;
        wp::float64 var_70;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        Biquad_7515922d adj_2 = {};
        Biquad_7515922d adj_3 = {};
        Biquad_7515922d adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float64 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::float64 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float64 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::float64 adj_36 = {};
        wp::float64 adj_37 = {};
        wp::float64 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float64 adj_40 = {};
        wp::float64 adj_41 = {};
        wp::float64 adj_42 = {};
        wp::float64 adj_43 = {};
        wp::float64 adj_44 = {};
        wp::float64 adj_45 = {};
        wp::float64 adj_46 = {};
        wp::float64 adj_47 = {};
        wp::float64 adj_48 = {};
        wp::float64 adj_49 = {};
        wp::float64 adj_50 = {};
        wp::float64 adj_51 = {};
        wp::float64 adj_52 = {};
        wp::float64 adj_53 = {};
        wp::float64 adj_54 = {};
        wp::float64 adj_55 = {};
        wp::float64 adj_56 = {};
        wp::float64 adj_57 = {};
        wp::float64 adj_58 = {};
        wp::float64 adj_59 = {};
        wp::float64 adj_60 = {};
        wp::float64 adj_61 = {};
        wp::float64 adj_62 = {};
        wp::float64 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float64 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float64 adj_67 = {};
        wp::float64 adj_68 = {};
        wp::float64 adj_69 = {};
        wp::float64 adj_70 = {};
        //---------
        // forward
        // def frequency_response(filters: wp.array(dtype=Biquad), fs: wp.float64, freqs: wp.array(dtype=wp.float64), mag_db: wp.array2d(dtype=wp.float64)):       <L 76>
        // f, k = wp.tid()                                                                        <L 77>
        builtin_tid2d(var_0, var_1);
        // bq = filters[f]                                                                        <L 78>
        var_2 = wp::address(var_filters, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // w = wp.float64(6.283185307179586) * freqs[k] / fs                                      <L 79>
        var_6 = wp::float64(var_5);
        var_7 = wp::address(var_freqs, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_6, var_9);
        var_10 = wp::div(var_8, var_fs);
        // c1 = wp.cos(w)                                                                         <L 80>
        var_11 = wp::cos(var_10);
        // s1 = wp.sin(w)                                                                         <L 81>
        var_12 = wp::sin(var_10);
        // c2 = wp.cos(wp.float64(2.0) * w)                                                       <L 82>
        var_14 = wp::float64(var_13);
        var_15 = wp::mul(var_14, var_10);
        var_16 = wp::cos(var_15);
        // s2 = wp.sin(wp.float64(2.0) * w)                                                       <L 83>
        var_18 = wp::float64(var_17);
        var_19 = wp::mul(var_18, var_10);
        var_20 = wp::sin(var_19);
        // nr = bq.b0 + bq.b1 * c1 + bq.b2 * c2                                                   <L 84>
        var_21 = &(var_3.b0);
        var_22 = &(var_3.b1);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_24, var_11);
        var_26 = wp::load(var_21);
        var_25 = wp::add(var_26, var_23);
        var_27 = &(var_3.b2);
        var_29 = wp::load(var_27);
        var_28 = wp::mul(var_29, var_16);
        var_30 = wp::add(var_25, var_28);
        // ni = -(bq.b1 * s1 + bq.b2 * s2)                                                        <L 85>
        var_31 = &(var_3.b1);
        var_33 = wp::load(var_31);
        var_32 = wp::mul(var_33, var_12);
        var_34 = &(var_3.b2);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_36, var_20);
        var_37 = wp::add(var_32, var_35);
        var_38 = wp::neg(var_37);
        // dr = wp.float64(1.0) + bq.a1 * c1 + bq.a2 * c2                                         <L 86>
        var_40 = wp::float64(var_39);
        var_41 = &(var_3.a1);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_43, var_11);
        var_44 = wp::add(var_40, var_42);
        var_45 = &(var_3.a2);
        var_47 = wp::load(var_45);
        var_46 = wp::mul(var_47, var_16);
        var_48 = wp::add(var_44, var_46);
        // di = -(bq.a1 * s1 + bq.a2 * s2)                                                        <L 87>
        var_49 = &(var_3.a1);
        var_51 = wp::load(var_49);
        var_50 = wp::mul(var_51, var_12);
        var_52 = &(var_3.a2);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_54, var_20);
        var_55 = wp::add(var_50, var_53);
        var_56 = wp::neg(var_55);
        // h2 = (nr * nr + ni * ni) / (dr * dr + di * di)                                         <L 88>
        var_57 = wp::mul(var_30, var_30);
        var_58 = wp::mul(var_38, var_38);
        var_59 = wp::add(var_57, var_58);
        var_60 = wp::mul(var_48, var_48);
        var_61 = wp::mul(var_56, var_56);
        var_62 = wp::add(var_60, var_61);
        var_63 = wp::div(var_59, var_62);
        // mag_db[f, k] = wp.float64(10.0) * wp.log10(wp.max(h2, wp.float64(1.0e-30)))            <L 89>
        var_65 = wp::float64(var_64);
        var_67 = wp::float64(var_66);
        var_68 = wp::max(var_63, var_67);
        var_69 = wp::log10(var_68);
        var_70 = wp::mul(var_65, var_69);
        // wp::array_store(var_mag_db, var_0, var_1, var_70);
        //---------
        // reverse
        wp::adj_array_store(var_mag_db, var_0, var_1, var_70, adj_mag_db, adj_0, adj_1, adj_70);
        wp::adj_mul(var_65, var_69, adj_65, adj_69, adj_70);
        wp::adj_log10(var_68, adj_68, adj_69);
        wp::adj_max(var_63, var_67, adj_63, adj_67, adj_68);
        wp::adj_float64(var_66, adj_66, adj_67);
        wp::adj_float64(var_64, adj_64, adj_65);
        // adj: mag_db[f, k] = wp.float64(10.0) * wp.log10(wp.max(h2, wp.float64(1.0e-30)))       <L 89>
        wp::adj_div(var_59, var_62, var_63, adj_59, adj_62, adj_63);
        wp::adj_add(var_60, var_61, adj_60, adj_61, adj_62);
        wp::adj_mul(var_56, var_56, adj_56, adj_56, adj_61);
        wp::adj_mul(var_48, var_48, adj_48, adj_48, adj_60);
        wp::adj_add(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_mul(var_38, var_38, adj_38, adj_38, adj_58);
        wp::adj_mul(var_30, var_30, adj_30, adj_30, adj_57);
        // adj: h2 = (nr * nr + ni * ni) / (dr * dr + di * di)                                    <L 88>
        wp::adj_neg(var_55, adj_55, adj_56);
        wp::adj_add(var_50, var_53, adj_50, adj_53, adj_55);
        wp::adj_mul(var_54, var_20, adj_52, adj_20, adj_53);
        adj_3.a2 += adj_52;
        wp::adj_mul(var_51, var_12, adj_49, adj_12, adj_50);
        adj_3.a1 += adj_49;
        // adj: di = -(bq.a1 * s1 + bq.a2 * s2)                                                   <L 87>
        wp::adj_add(var_44, var_46, adj_44, adj_46, adj_48);
        wp::adj_mul(var_47, var_16, adj_45, adj_16, adj_46);
        adj_3.a2 += adj_45;
        wp::adj_add(var_40, var_42, adj_40, adj_42, adj_44);
        wp::adj_mul(var_43, var_11, adj_41, adj_11, adj_42);
        adj_3.a1 += adj_41;
        wp::adj_float64(var_39, adj_39, adj_40);
        // adj: dr = wp.float64(1.0) + bq.a1 * c1 + bq.a2 * c2                                    <L 86>
        wp::adj_neg(var_37, adj_37, adj_38);
        wp::adj_add(var_32, var_35, adj_32, adj_35, adj_37);
        wp::adj_mul(var_36, var_20, adj_34, adj_20, adj_35);
        adj_3.b2 += adj_34;
        wp::adj_mul(var_33, var_12, adj_31, adj_12, adj_32);
        adj_3.b1 += adj_31;
        // adj: ni = -(bq.b1 * s1 + bq.b2 * s2)                                                   <L 85>
        wp::adj_add(var_25, var_28, adj_25, adj_28, adj_30);
        wp::adj_mul(var_29, var_16, adj_27, adj_16, adj_28);
        adj_3.b2 += adj_27;
        wp::adj_add(var_26, var_23, adj_21, adj_23, adj_25);
        wp::adj_mul(var_24, var_11, adj_22, adj_11, adj_23);
        adj_3.b1 += adj_22;
        adj_3.b0 += adj_21;
        // adj: nr = bq.b0 + bq.b1 * c1 + bq.b2 * c2                                              <L 84>
        wp::adj_sin(var_19, adj_19, adj_20);
        wp::adj_mul(var_18, var_10, adj_18, adj_10, adj_19);
        wp::adj_float64(var_17, adj_17, adj_18);
        // adj: s2 = wp.sin(wp.float64(2.0) * w)                                                  <L 83>
        wp::adj_cos(var_15, adj_15, adj_16);
        wp::adj_mul(var_14, var_10, adj_14, adj_10, adj_15);
        wp::adj_float64(var_13, adj_13, adj_14);
        // adj: c2 = wp.cos(wp.float64(2.0) * w)                                                  <L 82>
        wp::adj_sin(var_10, adj_10, adj_12);
        // adj: s1 = wp.sin(w)                                                                    <L 81>
        wp::adj_cos(var_10, adj_10, adj_11);
        // adj: c1 = wp.cos(w)                                                                    <L 80>
        wp::adj_div(var_8, var_fs, var_10, adj_8, adj_fs, adj_10);
        wp::adj_mul(var_6, var_9, adj_6, adj_7, adj_8);
        wp::adj_address(var_freqs, var_1, adj_freqs, adj_1, adj_7);
        wp::adj_float64(var_5, adj_5, adj_6);
        // adj: w = wp.float64(6.283185307179586) * freqs[k] / fs                                 <L 79>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_filters, var_0, adj_filters, adj_0, adj_2);
        // adj: bq = filters[f]                                                                   <L 78>
        // adj: f, k = wp.tid()                                                                   <L 77>
        // adj: def frequency_response(filters: wp.array(dtype=Biquad), fs: wp.float64, freqs: wp.array(dtype=wp.float64), mag_db: wp.array2d(dtype=wp.float64)):  <L 76>
        continue;
    }
}

