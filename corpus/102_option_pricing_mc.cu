#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


struct Option_79013203
{
    wp::float32 spot;
    wp::float32 strike;
    wp::float32 rate;
    wp::float32 vol;
    wp::float32 maturity;
    wp::int32 is_call;
    wp::float32 barrier;


    Option_79013203() = default;
    CUDA_CALLABLE Option_79013203(wp::float32 const& spot,
    wp::float32 const& strike = {},
    wp::float32 const& rate = {},
    wp::float32 const& vol = {},
    wp::float32 const& maturity = {},
    wp::int32 const& is_call = {},
    wp::float32 const& barrier = {})
        : spot{spot}
        , strike{strike}
        , rate{rate}
        , vol{vol}
        , maturity{maturity}
        , is_call{is_call}
        , barrier{barrier}

    {
    }

    CUDA_CALLABLE Option_79013203& operator += (const Option_79013203& rhs)
    {    spot += rhs.spot;
    strike += rhs.strike;
    rate += rhs.rate;
    vol += rhs.vol;
    maturity += rhs.maturity;
    is_call += rhs.is_call;
    barrier += rhs.barrier;

        return *this;}

};

static CUDA_CALLABLE void adj_Option_79013203(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::float32 & adj_spot,
    wp::float32 & adj_strike,
    wp::float32 & adj_rate,
    wp::float32 & adj_vol,
    wp::float32 & adj_maturity,
    wp::int32 & adj_is_call,
    wp::float32 & adj_barrier,
    Option_79013203 & adj_ret)
{
    adj_spot += adj_ret.spot;
    adj_strike += adj_ret.strike;
    adj_rate += adj_ret.rate;
    adj_vol += adj_ret.vol;
    adj_maturity += adj_ret.maturity;
    adj_is_call += adj_ret.is_call;
    adj_barrier += adj_ret.barrier;
}

// Required when compiling adjoints.
CUDA_CALLABLE Option_79013203 add(const Option_79013203& a, const Option_79013203& b)
{
    return Option_79013203();
}

CUDA_CALLABLE void adj_atomic_add(Option_79013203* p, Option_79013203 t)
{
    wp::adj_atomic_add(&p->spot, t.spot);
    wp::adj_atomic_add(&p->strike, t.strike);
    wp::adj_atomic_add(&p->rate, t.rate);
    wp::adj_atomic_add(&p->vol, t.vol);
    wp::adj_atomic_add(&p->maturity, t.maturity);
    wp::adj_atomic_add(&p->is_call, t.is_call);
    wp::adj_atomic_add(&p->barrier, t.barrier);
}




// corpus/102_option_pricing_mc.py:15
static CUDA_CALLABLE wp::float32 payoff_0(
    wp::float32 var_s,
    wp::float32 var_k,
    wp::int32 var_is_call)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    //---------
    // forward
    // def payoff(s: float, k: float, is_call: int) -> float:                                 <L 16>
    // if is_call != 0:                                                                       <L 17>
    var_1 = (var_is_call != var_0);
    if (var_1) {
        // return wp.max(s - k, 0.0)                                                          <L 18>
        var_2 = wp::sub(var_s, var_k);
        var_4 = wp::max(var_2, var_3);
        return var_4;
    }
    // return wp.max(k - s, 0.0)                                                              <L 19>
    var_5 = wp::sub(var_k, var_s);
    var_7 = wp::max(var_5, var_6);
    return var_7;
}


// corpus/102_option_pricing_mc.py:22
static CUDA_CALLABLE wp::float32 norm_cdf_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 0.2316419;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.31938153;
    const wp::float32 var_8 = -0.356563782;
    const wp::float32 var_9 = 1.781477937;
    const wp::float32 var_10 = -1.821255978;
    const wp::float32 var_11 = 1.330274429;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.3989422804;
    const wp::float32 var_23 = -0.5;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32 var_33;
    //---------
    // forward
    // def norm_cdf(x: float) -> float:                                                       <L 23>
    // t = 1.0 / (1.0 + 0.2316419 * wp.abs(x))                                                <L 25>
    var_3 = wp::abs(var_x);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::add(var_1, var_4);
    var_6 = wp::div(var_0, var_5);
    // poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))       <L 26>
    var_12 = wp::mul(var_6, var_11);
    var_13 = wp::add(var_10, var_12);
    var_14 = wp::mul(var_6, var_13);
    var_15 = wp::add(var_9, var_14);
    var_16 = wp::mul(var_6, var_15);
    var_17 = wp::add(var_8, var_16);
    var_18 = wp::mul(var_6, var_17);
    var_19 = wp::add(var_7, var_18);
    var_20 = wp::mul(var_6, var_19);
    // c = 1.0 - 0.3989422804 * wp.exp(-0.5 * x * x) * poly                                   <L 27>
    var_24 = wp::mul(var_23, var_x);
    var_25 = wp::mul(var_24, var_x);
    var_26 = wp::exp(var_25);
    var_27 = wp::mul(var_22, var_26);
    var_28 = wp::mul(var_27, var_20);
    var_29 = wp::sub(var_21, var_28);
    // if x < 0.0:                                                                            <L 28>
    var_31 = (var_x < var_30);
    if (var_31) {
        // return 1.0 - c                                                                     <L 29>
        var_33 = wp::sub(var_32, var_29);
        return var_33;
    }
    // return c                                                                               <L 30>
    return var_29;
}


// corpus/102_option_pricing_mc.py:33
static CUDA_CALLABLE wp::float32 black_scholes_0(
    Option_79013203 var_o)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::int32* var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    //---------
    // forward
    // def black_scholes(o: Option) -> float:                                                 <L 34>
    // sq = o.vol * wp.sqrt(o.maturity)                                                       <L 35>
    var_0 = &((var_o).vol);
    var_1 = &((var_o).maturity);
    var_3 = wp::load(var_1);
    var_2 = wp::sqrt(var_3);
    var_5 = wp::load(var_0);
    var_4 = wp::mul(var_5, var_2);
    // d1 = (wp.log(o.spot / o.strike) + (o.rate + 0.5 * o.vol * o.vol) * o.maturity) / sq       <L 36>
    var_6 = &((var_o).spot);
    var_7 = &((var_o).strike);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::div(var_9, var_10);
    var_11 = wp::log(var_8);
    var_12 = &((var_o).rate);
    var_14 = &((var_o).vol);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_13, var_16);
    var_17 = &((var_o).vol);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_15, var_19);
    var_21 = wp::load(var_12);
    var_20 = wp::add(var_21, var_18);
    var_22 = &((var_o).maturity);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_20, var_24);
    var_25 = wp::add(var_11, var_23);
    var_26 = wp::div(var_25, var_4);
    // d2 = d1 - sq                                                                           <L 37>
    var_27 = wp::sub(var_26, var_4);
    // disc = wp.exp(-o.rate * o.maturity)                                                    <L 38>
    var_28 = &((var_o).rate);
    var_30 = wp::load(var_28);
    var_29 = wp::neg(var_30);
    var_31 = &((var_o).maturity);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_29, var_33);
    var_34 = wp::exp(var_32);
    // if o.is_call != 0:                                                                     <L 39>
    var_35 = &((var_o).is_call);
    var_38 = wp::load(var_35);
    var_37 = (var_38 != var_36);
    if (var_37) {
        // return o.spot * norm_cdf(d1) - o.strike * disc * norm_cdf(d2)                      <L 40>
        var_39 = &((var_o).spot);
        var_40 = norm_cdf_0(var_26);
        var_42 = wp::load(var_39);
        var_41 = wp::mul(var_42, var_40);
        var_43 = &((var_o).strike);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_45, var_34);
        var_46 = norm_cdf_0(var_27);
        var_47 = wp::mul(var_44, var_46);
        var_48 = wp::sub(var_41, var_47);
        return var_48;
    }
    // return o.strike * disc * norm_cdf(-d2) - o.spot * norm_cdf(-d1)                        <L 41>
    var_49 = &((var_o).strike);
    var_51 = wp::load(var_49);
    var_50 = wp::mul(var_51, var_34);
    var_52 = wp::neg(var_27);
    var_53 = norm_cdf_0(var_52);
    var_54 = wp::mul(var_50, var_53);
    var_55 = &((var_o).spot);
    var_56 = wp::neg(var_26);
    var_57 = norm_cdf_0(var_56);
    var_59 = wp::load(var_55);
    var_58 = wp::mul(var_59, var_57);
    var_60 = wp::sub(var_54, var_58);
    return var_60;
}


// corpus/102_option_pricing_mc.py:15
static CUDA_CALLABLE void adj_payoff_0(
    wp::float32 var_s,
    wp::float32 var_k,
    wp::int32 var_is_call,
    wp::float32 & adj_s,
    wp::float32 & adj_k,
    wp::int32 & adj_is_call,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def payoff(s: float, k: float, is_call: int) -> float:                                 <L 16>
    // if is_call != 0:                                                                       <L 17>
    var_1 = (var_is_call != var_0);
    if (var_1) {
        // return wp.max(s - k, 0.0)                                                          <L 18>
        var_2 = wp::sub(var_s, var_k);
        var_4 = wp::max(var_2, var_3);
        goto label0;
    }
    // return wp.max(k - s, 0.0)                                                              <L 19>
    var_5 = wp::sub(var_k, var_s);
    var_7 = wp::max(var_5, var_6);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret;
    wp::adj_max(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_sub(var_k, var_s, adj_k, adj_s, adj_5);
    // adj: return wp.max(k - s, 0.0)                                                         <L 19>
    if (var_1) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_max(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_sub(var_s, var_k, adj_s, adj_k, adj_2);
        // adj: return wp.max(s - k, 0.0)                                                     <L 18>
    }
    // adj: if is_call != 0:                                                                  <L 17>
    // adj: def payoff(s: float, k: float, is_call: int) -> float:                            <L 16>
    return;
}


// corpus/102_option_pricing_mc.py:22
static CUDA_CALLABLE void adj_norm_cdf_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 0.2316419;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.31938153;
    const wp::float32 var_8 = -0.356563782;
    const wp::float32 var_9 = 1.781477937;
    const wp::float32 var_10 = -1.821255978;
    const wp::float32 var_11 = 1.330274429;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.3989422804;
    const wp::float32 var_23 = -0.5;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32 var_33;
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
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def norm_cdf(x: float) -> float:                                                       <L 23>
    // t = 1.0 / (1.0 + 0.2316419 * wp.abs(x))                                                <L 25>
    var_3 = wp::abs(var_x);
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::add(var_1, var_4);
    var_6 = wp::div(var_0, var_5);
    // poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))       <L 26>
    var_12 = wp::mul(var_6, var_11);
    var_13 = wp::add(var_10, var_12);
    var_14 = wp::mul(var_6, var_13);
    var_15 = wp::add(var_9, var_14);
    var_16 = wp::mul(var_6, var_15);
    var_17 = wp::add(var_8, var_16);
    var_18 = wp::mul(var_6, var_17);
    var_19 = wp::add(var_7, var_18);
    var_20 = wp::mul(var_6, var_19);
    // c = 1.0 - 0.3989422804 * wp.exp(-0.5 * x * x) * poly                                   <L 27>
    var_24 = wp::mul(var_23, var_x);
    var_25 = wp::mul(var_24, var_x);
    var_26 = wp::exp(var_25);
    var_27 = wp::mul(var_22, var_26);
    var_28 = wp::mul(var_27, var_20);
    var_29 = wp::sub(var_21, var_28);
    // if x < 0.0:                                                                            <L 28>
    var_31 = (var_x < var_30);
    if (var_31) {
        // return 1.0 - c                                                                     <L 29>
        var_33 = wp::sub(var_32, var_29);
        goto label0;
    }
    // return c                                                                               <L 30>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_29 += adj_ret;
    // adj: return c                                                                          <L 30>
    if (var_31) {
        label0:;
        adj_33 += adj_ret;
        wp::adj_sub(var_32, var_29, adj_32, adj_29, adj_33);
        // adj: return 1.0 - c                                                                <L 29>
    }
    // adj: if x < 0.0:                                                                       <L 28>
    wp::adj_sub(var_21, var_28, adj_21, adj_28, adj_29);
    wp::adj_mul(var_27, var_20, adj_27, adj_20, adj_28);
    wp::adj_mul(var_22, var_26, adj_22, adj_26, adj_27);
    wp::adj_exp(var_25, var_26, adj_25, adj_26);
    wp::adj_mul(var_24, var_x, adj_24, adj_x, adj_25);
    wp::adj_mul(var_23, var_x, adj_23, adj_x, adj_24);
    // adj: c = 1.0 - 0.3989422804 * wp.exp(-0.5 * x * x) * poly                              <L 27>
    wp::adj_mul(var_6, var_19, adj_6, adj_19, adj_20);
    wp::adj_add(var_7, var_18, adj_7, adj_18, adj_19);
    wp::adj_mul(var_6, var_17, adj_6, adj_17, adj_18);
    wp::adj_add(var_8, var_16, adj_8, adj_16, adj_17);
    wp::adj_mul(var_6, var_15, adj_6, adj_15, adj_16);
    wp::adj_add(var_9, var_14, adj_9, adj_14, adj_15);
    wp::adj_mul(var_6, var_13, adj_6, adj_13, adj_14);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_mul(var_6, var_11, adj_6, adj_11, adj_12);
    // adj: poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))  <L 26>
    wp::adj_div(var_0, var_5, var_6, adj_0, adj_5, adj_6);
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_abs(var_x, adj_x, adj_3);
    // adj: t = 1.0 / (1.0 + 0.2316419 * wp.abs(x))                                           <L 25>
    // adj: def norm_cdf(x: float) -> float:                                                  <L 23>
    return;
}


// corpus/102_option_pricing_mc.py:33
static CUDA_CALLABLE void adj_black_scholes_0(
    Option_79013203 var_o,
    Option_79013203 & adj_o,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::int32* var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
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
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
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
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    //---------
    // forward
    // def black_scholes(o: Option) -> float:                                                 <L 34>
    // sq = o.vol * wp.sqrt(o.maturity)                                                       <L 35>
    var_0 = &((var_o).vol);
    var_1 = &((var_o).maturity);
    var_3 = wp::load(var_1);
    var_2 = wp::sqrt(var_3);
    var_5 = wp::load(var_0);
    var_4 = wp::mul(var_5, var_2);
    // d1 = (wp.log(o.spot / o.strike) + (o.rate + 0.5 * o.vol * o.vol) * o.maturity) / sq       <L 36>
    var_6 = &((var_o).spot);
    var_7 = &((var_o).strike);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::div(var_9, var_10);
    var_11 = wp::log(var_8);
    var_12 = &((var_o).rate);
    var_14 = &((var_o).vol);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_13, var_16);
    var_17 = &((var_o).vol);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_15, var_19);
    var_21 = wp::load(var_12);
    var_20 = wp::add(var_21, var_18);
    var_22 = &((var_o).maturity);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_20, var_24);
    var_25 = wp::add(var_11, var_23);
    var_26 = wp::div(var_25, var_4);
    // d2 = d1 - sq                                                                           <L 37>
    var_27 = wp::sub(var_26, var_4);
    // disc = wp.exp(-o.rate * o.maturity)                                                    <L 38>
    var_28 = &((var_o).rate);
    var_30 = wp::load(var_28);
    var_29 = wp::neg(var_30);
    var_31 = &((var_o).maturity);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_29, var_33);
    var_34 = wp::exp(var_32);
    // if o.is_call != 0:                                                                     <L 39>
    var_35 = &((var_o).is_call);
    var_38 = wp::load(var_35);
    var_37 = (var_38 != var_36);
    if (var_37) {
        // return o.spot * norm_cdf(d1) - o.strike * disc * norm_cdf(d2)                      <L 40>
        var_39 = &((var_o).spot);
        var_40 = norm_cdf_0(var_26);
        var_42 = wp::load(var_39);
        var_41 = wp::mul(var_42, var_40);
        var_43 = &((var_o).strike);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_45, var_34);
        var_46 = norm_cdf_0(var_27);
        var_47 = wp::mul(var_44, var_46);
        var_48 = wp::sub(var_41, var_47);
        goto label0;
    }
    // return o.strike * disc * norm_cdf(-d2) - o.spot * norm_cdf(-d1)                        <L 41>
    var_49 = &((var_o).strike);
    var_51 = wp::load(var_49);
    var_50 = wp::mul(var_51, var_34);
    var_52 = wp::neg(var_27);
    var_53 = norm_cdf_0(var_52);
    var_54 = wp::mul(var_50, var_53);
    var_55 = &((var_o).spot);
    var_56 = wp::neg(var_26);
    var_57 = norm_cdf_0(var_56);
    var_59 = wp::load(var_55);
    var_58 = wp::mul(var_59, var_57);
    var_60 = wp::sub(var_54, var_58);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_60 += adj_ret;
    wp::adj_sub(var_54, var_58, adj_54, adj_58, adj_60);
    wp::adj_mul(var_59, var_57, adj_55, adj_57, adj_58);
    adj_norm_cdf_0(var_56, adj_56, adj_57);
    wp::adj_neg(var_26, adj_26, adj_56);
    adj_o.spot += adj_55;
    wp::adj_mul(var_50, var_53, adj_50, adj_53, adj_54);
    adj_norm_cdf_0(var_52, adj_52, adj_53);
    wp::adj_neg(var_27, adj_27, adj_52);
    wp::adj_mul(var_51, var_34, adj_49, adj_34, adj_50);
    adj_o.strike += adj_49;
    // adj: return o.strike * disc * norm_cdf(-d2) - o.spot * norm_cdf(-d1)                   <L 41>
    if (var_37) {
        label0:;
        adj_48 += adj_ret;
        wp::adj_sub(var_41, var_47, adj_41, adj_47, adj_48);
        wp::adj_mul(var_44, var_46, adj_44, adj_46, adj_47);
        adj_norm_cdf_0(var_27, adj_27, adj_46);
        wp::adj_mul(var_45, var_34, adj_43, adj_34, adj_44);
        adj_o.strike += adj_43;
        wp::adj_mul(var_42, var_40, adj_39, adj_40, adj_41);
        adj_norm_cdf_0(var_26, adj_26, adj_40);
        adj_o.spot += adj_39;
        // adj: return o.spot * norm_cdf(d1) - o.strike * disc * norm_cdf(d2)                 <L 40>
    }
    adj_o.is_call = adj_35;
    // adj: if o.is_call != 0:                                                                <L 39>
    wp::adj_exp(var_32, var_34, adj_32, adj_34);
    wp::adj_mul(var_29, var_33, adj_29, adj_31, adj_32);
    adj_o.maturity += adj_31;
    wp::adj_neg(var_30, adj_28, adj_29);
    adj_o.rate += adj_28;
    // adj: disc = wp.exp(-o.rate * o.maturity)                                               <L 38>
    wp::adj_sub(var_26, var_4, adj_26, adj_4, adj_27);
    // adj: d2 = d1 - sq                                                                      <L 37>
    wp::adj_div(var_25, var_4, var_26, adj_25, adj_4, adj_26);
    wp::adj_add(var_11, var_23, adj_11, adj_23, adj_25);
    wp::adj_mul(var_20, var_24, adj_20, adj_22, adj_23);
    adj_o.maturity += adj_22;
    wp::adj_add(var_21, var_18, adj_12, adj_18, adj_20);
    wp::adj_mul(var_15, var_19, adj_15, adj_17, adj_18);
    adj_o.vol += adj_17;
    wp::adj_mul(var_13, var_16, adj_13, adj_14, adj_15);
    adj_o.vol += adj_14;
    adj_o.rate += adj_12;
    wp::adj_log(var_8, adj_8, adj_11);
    wp::adj_div(var_9, var_10, var_8, adj_6, adj_7, adj_8);
    adj_o.strike += adj_7;
    adj_o.spot += adj_6;
    // adj: d1 = (wp.log(o.spot / o.strike) + (o.rate + 0.5 * o.vol * o.vol) * o.maturity) / sq  <L 36>
    wp::adj_mul(var_5, var_2, adj_0, adj_2, adj_4);
    wp::adj_sqrt(var_3, var_2, adj_1, adj_2);
    adj_o.maturity += adj_1;
    adj_o.vol += adj_0;
    // adj: sq = o.vol * wp.sqrt(o.maturity)                                                  <L 35>
    // adj: def black_scholes(o: Option) -> float:                                            <L 34>
    return;
}



extern "C" __global__ void price_european_49a7d443_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Option_79013203> var_options,
    wp::int32 var_seed,
    wp::int32 var_paths,
    wp::array_t<wp::float32> var_mc_price,
    wp::array_t<wp::float32> var_bs_price,
    wp::array_t<wp::float32> var_std_err)
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
        Option_79013203* var_1;
        Option_79013203 var_2;
        Option_79013203 var_3;
        wp::uint32 var_4;
        wp::float32* var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.5;
        wp::float32* var_44;
        wp::int32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::int32 var_48;
        wp::float32* var_49;
        wp::int32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::int32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::float32 var_72 = 0.0;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        //---------
        // forward
        // def price_european(options: wp.array(dtype=Option), seed: int, paths: int, mc_price: wp.array(dtype=float), bs_price: wp.array(dtype=float), std_err: wp.array(dtype=float)):       <L 45>
        // k = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // o = options[k]                                                                         <L 47>
        var_1 = wp::address(var_options, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // state = wp.rand_init(seed, k)                                                          <L 48>
        var_4 = wp::rand_init(var_seed, var_0);
        // drift = (o.rate - 0.5 * o.vol * o.vol) * o.maturity                                    <L 49>
        var_5 = &((var_2).rate);
        var_7 = &((var_2).vol);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_6, var_9);
        var_10 = &((var_2).vol);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_8, var_12);
        var_14 = wp::load(var_5);
        var_13 = wp::sub(var_14, var_11);
        var_15 = &((var_2).maturity);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_13, var_17);
        // diff = o.vol * wp.sqrt(o.maturity)                                                     <L 50>
        var_18 = &((var_2).vol);
        var_19 = &((var_2).maturity);
        var_21 = wp::load(var_19);
        var_20 = wp::sqrt(var_21);
        var_23 = wp::load(var_18);
        var_22 = wp::mul(var_23, var_20);
        // s = float(0.0)                                                                         <L 51>
        var_25 = wp::float(var_24);
        // s2 = float(0.0)                                                                        <L 52>
        var_27 = wp::float(var_26);
        // for p in range(paths):                                                                 <L 53>
        var_28 = wp::range(var_paths);
        start_for_0:;
            if (iter_cmp(var_28) == 0) goto end_for_0;
            var_29 = wp::iter_next(var_28);
            // z = wp.randn(state)                                                                <L 54>
            var_30 = wp::randn(var_4);
            // st1 = o.spot * wp.exp(drift + diff * z)                                            <L 56>
            var_31 = &((var_2).spot);
            var_32 = wp::mul(var_22, var_30);
            var_33 = wp::add(var_16, var_32);
            var_34 = wp::exp(var_33);
            var_36 = wp::load(var_31);
            var_35 = wp::mul(var_36, var_34);
            // st2 = o.spot * wp.exp(drift - diff * z)                                            <L 57>
            var_37 = &((var_2).spot);
            var_38 = wp::mul(var_22, var_30);
            var_39 = wp::sub(var_16, var_38);
            var_40 = wp::exp(var_39);
            var_42 = wp::load(var_37);
            var_41 = wp::mul(var_42, var_40);
            // v = 0.5 * (payoff(st1, o.strike, o.is_call) + payoff(st2, o.strike, o.is_call))       <L 58>
            var_44 = &((var_2).strike);
            var_45 = &((var_2).is_call);
            var_47 = wp::load(var_44);
            var_48 = wp::load(var_45);
            var_46 = payoff_0(var_35, var_47, var_48);
            var_49 = &((var_2).strike);
            var_50 = &((var_2).is_call);
            var_52 = wp::load(var_49);
            var_53 = wp::load(var_50);
            var_51 = payoff_0(var_41, var_52, var_53);
            var_54 = wp::add(var_46, var_51);
            var_55 = wp::mul(var_43, var_54);
            // s += v                                                                             <L 59>
            var_56 = wp::add(var_25, var_55);
            // s2 += v * v                                                                        <L 60>
            var_57 = wp::mul(var_55, var_55);
            var_58 = wp::add(var_27, var_57);
            wp::assign(var_25, var_56);
            wp::assign(var_27, var_58);
            goto start_for_0;
        end_for_0:;
        // disc = wp.exp(-o.rate * o.maturity)                                                    <L 61>
        var_59 = &((var_2).rate);
        var_61 = wp::load(var_59);
        var_60 = wp::neg(var_61);
        var_62 = &((var_2).maturity);
        var_64 = wp::load(var_62);
        var_63 = wp::mul(var_60, var_64);
        var_65 = wp::exp(var_63);
        // mean = s / float(paths)                                                                <L 62>
        var_66 = wp::float(var_paths);
        var_67 = wp::div(var_25, var_66);
        // var = wp.max(s2 / float(paths) - mean * mean, 0.0)                                     <L 63>
        var_68 = wp::float(var_paths);
        var_69 = wp::div(var_27, var_68);
        var_70 = wp::mul(var_67, var_67);
        var_71 = wp::sub(var_69, var_70);
        var_73 = wp::max(var_71, var_72);
        // mc_price[k] = disc * mean                                                              <L 64>
        var_74 = wp::mul(var_65, var_67);
        wp::array_store(var_mc_price, var_0, var_74);
        // std_err[k] = disc * wp.sqrt(var / float(paths))                                        <L 65>
        var_75 = wp::float(var_paths);
        var_76 = wp::div(var_73, var_75);
        var_77 = wp::sqrt(var_76);
        var_78 = wp::mul(var_65, var_77);
        wp::array_store(var_std_err, var_0, var_78);
        // bs_price[k] = black_scholes(o)                                                         <L 66>
        var_79 = black_scholes_0(var_2);
        wp::array_store(var_bs_price, var_0, var_79);
    }
}



extern "C" __global__ void price_european_49a7d443_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Option_79013203> var_options,
    wp::int32 var_seed,
    wp::int32 var_paths,
    wp::array_t<wp::float32> var_mc_price,
    wp::array_t<wp::float32> var_bs_price,
    wp::array_t<wp::float32> var_std_err,
    wp::array_t<Option_79013203> adj_options,
    wp::int32 adj_seed,
    wp::int32 adj_paths,
    wp::array_t<wp::float32> adj_mc_price,
    wp::array_t<wp::float32> adj_bs_price,
    wp::array_t<wp::float32> adj_std_err)
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
        Option_79013203* var_1;
        Option_79013203 var_2;
        Option_79013203 var_3;
        wp::uint32 var_4;
        wp::float32* var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.5;
        wp::float32* var_44;
        wp::int32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::int32 var_48;
        wp::float32* var_49;
        wp::int32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::int32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::float32 var_72 = 0.0;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Option_79013203 adj_1 = {};
        Option_79013203 adj_2 = {};
        Option_79013203 adj_3 = {};
        wp::uint32 adj_4 = {};
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
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
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
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
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
        //---------
        // forward
        // def price_european(options: wp.array(dtype=Option), seed: int, paths: int, mc_price: wp.array(dtype=float), bs_price: wp.array(dtype=float), std_err: wp.array(dtype=float)):       <L 45>
        // k = wp.tid()                                                                           <L 46>
        var_0 = builtin_tid1d();
        // o = options[k]                                                                         <L 47>
        var_1 = wp::address(var_options, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // state = wp.rand_init(seed, k)                                                          <L 48>
        var_4 = wp::rand_init(var_seed, var_0);
        // drift = (o.rate - 0.5 * o.vol * o.vol) * o.maturity                                    <L 49>
        var_5 = &((var_2).rate);
        var_7 = &((var_2).vol);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_6, var_9);
        var_10 = &((var_2).vol);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_8, var_12);
        var_14 = wp::load(var_5);
        var_13 = wp::sub(var_14, var_11);
        var_15 = &((var_2).maturity);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_13, var_17);
        // diff = o.vol * wp.sqrt(o.maturity)                                                     <L 50>
        var_18 = &((var_2).vol);
        var_19 = &((var_2).maturity);
        var_21 = wp::load(var_19);
        var_20 = wp::sqrt(var_21);
        var_23 = wp::load(var_18);
        var_22 = wp::mul(var_23, var_20);
        // s = float(0.0)                                                                         <L 51>
        var_25 = wp::float(var_24);
        // s2 = float(0.0)                                                                        <L 52>
        var_27 = wp::float(var_26);
        // for p in range(paths):                                                                 <L 53>
        var_28 = wp::range(var_paths);
        // disc = wp.exp(-o.rate * o.maturity)                                                    <L 61>
        var_59 = &((var_2).rate);
        var_61 = wp::load(var_59);
        var_60 = wp::neg(var_61);
        var_62 = &((var_2).maturity);
        var_64 = wp::load(var_62);
        var_63 = wp::mul(var_60, var_64);
        var_65 = wp::exp(var_63);
        // mean = s / float(paths)                                                                <L 62>
        var_66 = wp::float(var_paths);
        var_67 = wp::div(var_25, var_66);
        // var = wp.max(s2 / float(paths) - mean * mean, 0.0)                                     <L 63>
        var_68 = wp::float(var_paths);
        var_69 = wp::div(var_27, var_68);
        var_70 = wp::mul(var_67, var_67);
        var_71 = wp::sub(var_69, var_70);
        var_73 = wp::max(var_71, var_72);
        // mc_price[k] = disc * mean                                                              <L 64>
        var_74 = wp::mul(var_65, var_67);
        // wp::array_store(var_mc_price, var_0, var_74);
        // std_err[k] = disc * wp.sqrt(var / float(paths))                                        <L 65>
        var_75 = wp::float(var_paths);
        var_76 = wp::div(var_73, var_75);
        var_77 = wp::sqrt(var_76);
        var_78 = wp::mul(var_65, var_77);
        // wp::array_store(var_std_err, var_0, var_78);
        // bs_price[k] = black_scholes(o)                                                         <L 66>
        var_79 = black_scholes_0(var_2);
        // wp::array_store(var_bs_price, var_0, var_79);
        //---------
        // reverse
        wp::adj_array_store(var_bs_price, var_0, var_79, adj_bs_price, adj_0, adj_79);
        adj_black_scholes_0(var_2, adj_2, adj_79);
        // adj: bs_price[k] = black_scholes(o)                                                    <L 66>
        wp::adj_array_store(var_std_err, var_0, var_78, adj_std_err, adj_0, adj_78);
        wp::adj_mul(var_65, var_77, adj_65, adj_77, adj_78);
        wp::adj_sqrt(var_76, var_77, adj_76, adj_77);
        wp::adj_div(var_73, var_75, var_76, adj_73, adj_75, adj_76);
        wp::adj_float(var_paths, adj_paths, adj_75);
        // adj: std_err[k] = disc * wp.sqrt(var / float(paths))                                   <L 65>
        wp::adj_array_store(var_mc_price, var_0, var_74, adj_mc_price, adj_0, adj_74);
        wp::adj_mul(var_65, var_67, adj_65, adj_67, adj_74);
        // adj: mc_price[k] = disc * mean                                                         <L 64>
        wp::adj_max(var_71, var_72, adj_71, adj_72, adj_73);
        wp::adj_sub(var_69, var_70, adj_69, adj_70, adj_71);
        wp::adj_mul(var_67, var_67, adj_67, adj_67, adj_70);
        wp::adj_div(var_27, var_68, var_69, adj_27, adj_68, adj_69);
        wp::adj_float(var_paths, adj_paths, adj_68);
        // adj: var = wp.max(s2 / float(paths) - mean * mean, 0.0)                                <L 63>
        wp::adj_div(var_25, var_66, var_67, adj_25, adj_66, adj_67);
        wp::adj_float(var_paths, adj_paths, adj_66);
        // adj: mean = s / float(paths)                                                           <L 62>
        wp::adj_exp(var_63, var_65, adj_63, adj_65);
        wp::adj_mul(var_60, var_64, adj_60, adj_62, adj_63);
        adj_2.maturity += adj_62;
        wp::adj_neg(var_61, adj_59, adj_60);
        adj_2.rate += adj_59;
        // adj: disc = wp.exp(-o.rate * o.maturity)                                               <L 61>
        var_28 = wp::iter_reverse(var_28);
        start_for_0:;
            if (iter_cmp(var_28) == 0) goto end_for_0;
            var_29 = wp::iter_next(var_28);
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
            // z = wp.randn(state)                                                                <L 54>
            var_30 = wp::randn(var_4);
            // st1 = o.spot * wp.exp(drift + diff * z)                                            <L 56>
            var_31 = &((var_2).spot);
            var_32 = wp::mul(var_22, var_30);
            var_33 = wp::add(var_16, var_32);
            var_34 = wp::exp(var_33);
            var_36 = wp::load(var_31);
            var_35 = wp::mul(var_36, var_34);
            // st2 = o.spot * wp.exp(drift - diff * z)                                            <L 57>
            var_37 = &((var_2).spot);
            var_38 = wp::mul(var_22, var_30);
            var_39 = wp::sub(var_16, var_38);
            var_40 = wp::exp(var_39);
            var_42 = wp::load(var_37);
            var_41 = wp::mul(var_42, var_40);
            // v = 0.5 * (payoff(st1, o.strike, o.is_call) + payoff(st2, o.strike, o.is_call))       <L 58>
            var_44 = &((var_2).strike);
            var_45 = &((var_2).is_call);
            var_47 = wp::load(var_44);
            var_48 = wp::load(var_45);
            var_46 = payoff_0(var_35, var_47, var_48);
            var_49 = &((var_2).strike);
            var_50 = &((var_2).is_call);
            var_52 = wp::load(var_49);
            var_53 = wp::load(var_50);
            var_51 = payoff_0(var_41, var_52, var_53);
            var_54 = wp::add(var_46, var_51);
            var_55 = wp::mul(var_43, var_54);
            // s += v                                                                             <L 59>
            var_56 = wp::add(var_25, var_55);
            // s2 += v * v                                                                        <L 60>
            var_57 = wp::mul(var_55, var_55);
            var_58 = wp::add(var_27, var_57);
            wp::assign(var_25, var_56);
            wp::assign(var_27, var_58);
            wp::adj_assign(var_27, var_58, adj_27, adj_58);
            wp::adj_assign(var_25, var_56, adj_25, adj_56);
            wp::adj_add(var_27, var_57, adj_27, adj_57, adj_58);
            wp::adj_mul(var_55, var_55, adj_55, adj_55, adj_57);
            // adj: s2 += v * v                                                                   <L 60>
            wp::adj_add(var_25, var_55, adj_25, adj_55, adj_56);
            // adj: s += v                                                                        <L 59>
            wp::adj_mul(var_43, var_54, adj_43, adj_54, adj_55);
            wp::adj_add(var_46, var_51, adj_46, adj_51, adj_54);
            adj_payoff_0(var_41, var_52, var_53, adj_41, adj_49, adj_50, adj_51);
            adj_2.is_call = adj_50;
            adj_2.strike += adj_49;
            adj_payoff_0(var_35, var_47, var_48, adj_35, adj_44, adj_45, adj_46);
            adj_2.is_call = adj_45;
            adj_2.strike += adj_44;
            // adj: v = 0.5 * (payoff(st1, o.strike, o.is_call) + payoff(st2, o.strike, o.is_call))  <L 58>
            wp::adj_mul(var_42, var_40, adj_37, adj_40, adj_41);
            wp::adj_exp(var_39, var_40, adj_39, adj_40);
            wp::adj_sub(var_16, var_38, adj_16, adj_38, adj_39);
            wp::adj_mul(var_22, var_30, adj_22, adj_30, adj_38);
            adj_2.spot += adj_37;
            // adj: st2 = o.spot * wp.exp(drift - diff * z)                                       <L 57>
            wp::adj_mul(var_36, var_34, adj_31, adj_34, adj_35);
            wp::adj_exp(var_33, var_34, adj_33, adj_34);
            wp::adj_add(var_16, var_32, adj_16, adj_32, adj_33);
            wp::adj_mul(var_22, var_30, adj_22, adj_30, adj_32);
            adj_2.spot += adj_31;
            // adj: st1 = o.spot * wp.exp(drift + diff * z)                                       <L 56>
            // adj: z = wp.randn(state)                                                           <L 54>
        	goto start_for_0;
        end_for_0:;
        // adj: for p in range(paths):                                                            <L 53>
        wp::adj_float(var_26, adj_26, adj_27);
        // adj: s2 = float(0.0)                                                                   <L 52>
        wp::adj_float(var_24, adj_24, adj_25);
        // adj: s = float(0.0)                                                                    <L 51>
        wp::adj_mul(var_23, var_20, adj_18, adj_20, adj_22);
        wp::adj_sqrt(var_21, var_20, adj_19, adj_20);
        adj_2.maturity += adj_19;
        adj_2.vol += adj_18;
        // adj: diff = o.vol * wp.sqrt(o.maturity)                                                <L 50>
        wp::adj_mul(var_13, var_17, adj_13, adj_15, adj_16);
        adj_2.maturity += adj_15;
        wp::adj_sub(var_14, var_11, adj_5, adj_11, adj_13);
        wp::adj_mul(var_8, var_12, adj_8, adj_10, adj_11);
        adj_2.vol += adj_10;
        wp::adj_mul(var_6, var_9, adj_6, adj_7, adj_8);
        adj_2.vol += adj_7;
        adj_2.rate += adj_5;
        // adj: drift = (o.rate - 0.5 * o.vol * o.vol) * o.maturity                               <L 49>
        // adj: state = wp.rand_init(seed, k)                                                     <L 48>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_options, var_0, adj_options, adj_0, adj_1);
        // adj: o = options[k]                                                                    <L 47>
        // adj: k = wp.tid()                                                                      <L 46>
        // adj: def price_european(options: wp.array(dtype=Option), seed: int, paths: int, mc_price: wp.array(dtype=float), bs_price: wp.array(dtype=float), std_err: wp.array(dtype=float)):  <L 45>
        continue;
    }
}



extern "C" __global__ void price_barrier_091db7fb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<Option_79013203> var_options,
    wp::int32 var_seed,
    wp::int32 var_steps,
    wp::array_t<wp::float32> var_prices)
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
        Option_79013203* var_2;
        Option_79013203 var_3;
        Option_79013203 var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::uint32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 0;
        wp::int32 var_35;
        wp::range_t var_36;
        wp::int32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        bool var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
        const wp::int32 var_50 = 0;
        bool var_51;
        wp::float32* var_52;
        wp::int32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::int32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        //---------
        // forward
        // def price_barrier(options: wp.array(dtype=Option), seed: int, steps: int, prices: wp.array2d(dtype=float)):       <L 70>
        // k, p = wp.tid()                                                                        <L 71>
        builtin_tid2d(var_0, var_1);
        // o = options[k]                                                                         <L 72>
        var_2 = wp::address(var_options, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // state = wp.rand_init(seed, k * prices.shape[1] + p)                                    <L 73>
        var_5 = &(var_prices.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::mul(var_0, var_7);
        var_10 = wp::add(var_9, var_1);
        var_11 = wp::rand_init(var_seed, var_10);
        // dt = o.maturity / float(steps)                                                         <L 74>
        var_12 = &((var_3).maturity);
        var_13 = wp::float(var_steps);
        var_15 = wp::load(var_12);
        var_14 = wp::div(var_15, var_13);
        // drift = (o.rate - 0.5 * o.vol * o.vol) * dt                                            <L 75>
        var_16 = &((var_3).rate);
        var_18 = &((var_3).vol);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_17, var_20);
        var_21 = &((var_3).vol);
        var_23 = wp::load(var_21);
        var_22 = wp::mul(var_19, var_23);
        var_25 = wp::load(var_16);
        var_24 = wp::sub(var_25, var_22);
        var_26 = wp::mul(var_24, var_14);
        // diff = o.vol * wp.sqrt(dt)                                                             <L 76>
        var_27 = &((var_3).vol);
        var_28 = wp::sqrt(var_14);
        var_30 = wp::load(var_27);
        var_29 = wp::mul(var_30, var_28);
        // s = o.spot                                                                             <L 77>
        var_31 = &((var_3).spot);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // knocked = int(0)                                                                       <L 78>
        var_35 = wp::int(var_34);
        // for t in range(steps):                                                                 <L 79>
        var_36 = wp::range(var_steps);
        start_for_0:;
            if (iter_cmp(var_36) == 0) goto end_for_0;
            var_37 = wp::iter_next(var_36);
            // s = s * wp.exp(drift + diff * wp.randn(state))                                     <L 80>
            var_38 = wp::randn(var_11);
            var_39 = wp::mul(var_29, var_38);
            var_40 = wp::add(var_26, var_39);
            var_41 = wp::exp(var_40);
            var_42 = wp::mul(var_32, var_41);
            // if s >= o.barrier:                                                                 <L 81>
            var_43 = &((var_3).barrier);
            var_45 = wp::load(var_43);
            var_44 = (var_42 >= var_45);
            if (var_44) {
                // knocked = 1                                                                    <L 82>
                // break                                                                          <L 83>
                wp::assign(var_32, var_42);
                wp::assign(var_35, var_46);
                goto end_for_0;
            }
            var_47 = wp::where(var_44, var_32, var_42);
            wp::assign(var_32, var_47);
            goto start_for_0;
        end_for_0:;
        // value = float(0.0)                                                                     <L 84>
        var_49 = wp::float(var_48);
        // if knocked == 0:                                                                       <L 85>
        var_51 = (var_35 == var_50);
        if (var_51) {
            // value = payoff(s, o.strike, o.is_call) * wp.exp(-o.rate * o.maturity)              <L 86>
            var_52 = &((var_3).strike);
            var_53 = &((var_3).is_call);
            var_55 = wp::load(var_52);
            var_56 = wp::load(var_53);
            var_54 = payoff_0(var_32, var_55, var_56);
            var_57 = &((var_3).rate);
            var_59 = wp::load(var_57);
            var_58 = wp::neg(var_59);
            var_60 = &((var_3).maturity);
            var_62 = wp::load(var_60);
            var_61 = wp::mul(var_58, var_62);
            var_63 = wp::exp(var_61);
            var_64 = wp::mul(var_54, var_63);
        }
        var_65 = wp::where(var_51, var_64, var_49);
        // prices[k, p] = value                                                                   <L 87>
        wp::array_store(var_prices, var_0, var_1, var_65);
    }
}



extern "C" __global__ void price_barrier_091db7fb_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<Option_79013203> var_options,
    wp::int32 var_seed,
    wp::int32 var_steps,
    wp::array_t<wp::float32> var_prices,
    wp::array_t<Option_79013203> adj_options,
    wp::int32 adj_seed,
    wp::int32 adj_steps,
    wp::array_t<wp::float32> adj_prices)
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
        Option_79013203* var_2;
        Option_79013203 var_3;
        Option_79013203 var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::uint32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 0;
        wp::int32 var_35;
        wp::range_t var_36;
        wp::int32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        bool var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 1;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
        const wp::int32 var_50 = 0;
        bool var_51;
        wp::float32* var_52;
        wp::int32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::int32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        Option_79013203 adj_2 = {};
        Option_79013203 adj_3 = {};
        Option_79013203 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::uint32 adj_11 = {};
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
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::range_t adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        bool adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        bool adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        //---------
        // forward
        // def price_barrier(options: wp.array(dtype=Option), seed: int, steps: int, prices: wp.array2d(dtype=float)):       <L 70>
        // k, p = wp.tid()                                                                        <L 71>
        builtin_tid2d(var_0, var_1);
        // o = options[k]                                                                         <L 72>
        var_2 = wp::address(var_options, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // state = wp.rand_init(seed, k * prices.shape[1] + p)                                    <L 73>
        var_5 = &(var_prices.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::mul(var_0, var_7);
        var_10 = wp::add(var_9, var_1);
        var_11 = wp::rand_init(var_seed, var_10);
        // dt = o.maturity / float(steps)                                                         <L 74>
        var_12 = &((var_3).maturity);
        var_13 = wp::float(var_steps);
        var_15 = wp::load(var_12);
        var_14 = wp::div(var_15, var_13);
        // drift = (o.rate - 0.5 * o.vol * o.vol) * dt                                            <L 75>
        var_16 = &((var_3).rate);
        var_18 = &((var_3).vol);
        var_20 = wp::load(var_18);
        var_19 = wp::mul(var_17, var_20);
        var_21 = &((var_3).vol);
        var_23 = wp::load(var_21);
        var_22 = wp::mul(var_19, var_23);
        var_25 = wp::load(var_16);
        var_24 = wp::sub(var_25, var_22);
        var_26 = wp::mul(var_24, var_14);
        // diff = o.vol * wp.sqrt(dt)                                                             <L 76>
        var_27 = &((var_3).vol);
        var_28 = wp::sqrt(var_14);
        var_30 = wp::load(var_27);
        var_29 = wp::mul(var_30, var_28);
        // s = o.spot                                                                             <L 77>
        var_31 = &((var_3).spot);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // knocked = int(0)                                                                       <L 78>
        var_35 = wp::int(var_34);
        // for t in range(steps):                                                                 <L 79>
        var_36 = wp::range(var_steps);
        // value = float(0.0)                                                                     <L 84>
        var_49 = wp::float(var_48);
        // if knocked == 0:                                                                       <L 85>
        var_51 = (var_35 == var_50);
        if (var_51) {
            // value = payoff(s, o.strike, o.is_call) * wp.exp(-o.rate * o.maturity)              <L 86>
            var_52 = &((var_3).strike);
            var_53 = &((var_3).is_call);
            var_55 = wp::load(var_52);
            var_56 = wp::load(var_53);
            var_54 = payoff_0(var_32, var_55, var_56);
            var_57 = &((var_3).rate);
            var_59 = wp::load(var_57);
            var_58 = wp::neg(var_59);
            var_60 = &((var_3).maturity);
            var_62 = wp::load(var_60);
            var_61 = wp::mul(var_58, var_62);
            var_63 = wp::exp(var_61);
            var_64 = wp::mul(var_54, var_63);
        }
        var_65 = wp::where(var_51, var_64, var_49);
        // prices[k, p] = value                                                                   <L 87>
        // wp::array_store(var_prices, var_0, var_1, var_65);
        //---------
        // reverse
        wp::adj_array_store(var_prices, var_0, var_1, var_65, adj_prices, adj_0, adj_1, adj_65);
        // adj: prices[k, p] = value                                                              <L 87>
        wp::adj_where(var_51, var_64, var_49, adj_51, adj_64, adj_49, adj_65);
        if (var_51) {
            wp::adj_mul(var_54, var_63, adj_54, adj_63, adj_64);
            wp::adj_exp(var_61, var_63, adj_61, adj_63);
            wp::adj_mul(var_58, var_62, adj_58, adj_60, adj_61);
            adj_3.maturity += adj_60;
            wp::adj_neg(var_59, adj_57, adj_58);
            adj_3.rate += adj_57;
            adj_payoff_0(var_32, var_55, var_56, adj_32, adj_52, adj_53, adj_54);
            adj_3.is_call = adj_53;
            adj_3.strike += adj_52;
            // adj: value = payoff(s, o.strike, o.is_call) * wp.exp(-o.rate * o.maturity)         <L 86>
        }
        // adj: if knocked == 0:                                                                  <L 85>
        wp::adj_float(var_48, adj_48, adj_49);
        // adj: value = float(0.0)                                                                <L 84>
        var_36 = wp::iter_reverse(var_36);
        start_for_0:;
            if (iter_cmp(var_36) == 0) goto end_for_0;
            var_37 = wp::iter_next(var_36);
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
            // s = s * wp.exp(drift + diff * wp.randn(state))                                     <L 80>
            var_38 = wp::randn(var_11);
            var_39 = wp::mul(var_29, var_38);
            var_40 = wp::add(var_26, var_39);
            var_41 = wp::exp(var_40);
            var_42 = wp::mul(var_32, var_41);
            // if s >= o.barrier:                                                                 <L 81>
            var_43 = &((var_3).barrier);
            var_45 = wp::load(var_43);
            var_44 = (var_42 >= var_45);
            if (var_44) {
                // knocked = 1                                                                    <L 82>
                // break                                                                          <L 83>
                wp::assign(var_32, var_42);
                wp::assign(var_35, var_46);
                goto end_for_0;
            }
            var_47 = wp::where(var_44, var_32, var_42);
            wp::assign(var_32, var_47);
            wp::adj_assign(var_32, var_47, adj_32, adj_47);
            wp::adj_where(var_44, var_32, var_42, adj_44, adj_32, adj_42, adj_47);
            if (var_44) {
                wp::adj_assign(var_35, var_46, adj_35, adj_46);
                wp::adj_assign(var_32, var_42, adj_32, adj_42);
                // adj: break                                                                     <L 83>
                // adj: knocked = 1                                                               <L 82>
            }
            adj_3.barrier += adj_43;
            // adj: if s >= o.barrier:                                                            <L 81>
            wp::adj_mul(var_32, var_41, adj_32, adj_41, adj_42);
            wp::adj_exp(var_40, var_41, adj_40, adj_41);
            wp::adj_add(var_26, var_39, adj_26, adj_39, adj_40);
            wp::adj_mul(var_29, var_38, adj_29, adj_38, adj_39);
            // adj: s = s * wp.exp(drift + diff * wp.randn(state))                                <L 80>
        	goto start_for_0;
        end_for_0:;
        // adj: for t in range(steps):                                                            <L 79>
        // adj: knocked = int(0)                                                                  <L 78>
        wp::adj_copy(var_33, adj_31, adj_32);
        adj_3.spot += adj_31;
        // adj: s = o.spot                                                                        <L 77>
        wp::adj_mul(var_30, var_28, adj_27, adj_28, adj_29);
        wp::adj_sqrt(var_14, var_28, adj_14, adj_28);
        adj_3.vol += adj_27;
        // adj: diff = o.vol * wp.sqrt(dt)                                                        <L 76>
        wp::adj_mul(var_24, var_14, adj_24, adj_14, adj_26);
        wp::adj_sub(var_25, var_22, adj_16, adj_22, adj_24);
        wp::adj_mul(var_19, var_23, adj_19, adj_21, adj_22);
        adj_3.vol += adj_21;
        wp::adj_mul(var_17, var_20, adj_17, adj_18, adj_19);
        adj_3.vol += adj_18;
        adj_3.rate += adj_16;
        // adj: drift = (o.rate - 0.5 * o.vol * o.vol) * dt                                       <L 75>
        wp::adj_div(var_15, var_13, var_14, adj_12, adj_13, adj_14);
        wp::adj_float(var_steps, adj_steps, adj_13);
        adj_3.maturity += adj_12;
        // adj: dt = o.maturity / float(steps)                                                    <L 74>
        wp::adj_add(var_9, var_1, adj_9, adj_1, adj_10);
        wp::adj_mul(var_0, var_7, adj_0, adj_7, adj_9);
        adj_prices.shape = adj_5;
        // adj: state = wp.rand_init(seed, k * prices.shape[1] + p)                               <L 73>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_options, var_0, adj_options, adj_0, adj_2);
        // adj: o = options[k]                                                                    <L 72>
        // adj: k, p = wp.tid()                                                                   <L 71>
        // adj: def price_barrier(options: wp.array(dtype=Option), seed: int, steps: int, prices: wp.array2d(dtype=float)):  <L 70>
        continue;
    }
}



extern "C" __global__ void price_asian_lookback_b7bf407c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Option_79013203> var_options,
    wp::int32 var_seed,
    wp::int32 var_steps,
    wp::int32 var_paths,
    wp::array_t<wp::float32> var_asian,
    wp::array_t<wp::float32> var_lookback,
    wp::array_t<wp::float32> var_delta)
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
        Option_79013203* var_1;
        Option_79013203 var_2;
        Option_79013203 var_3;
        wp::uint32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.01;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        const wp::float32 var_41 = 0.0;
        wp::float32 var_42;
        wp::range_t var_43;
        wp::int32 var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 0.0;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.0;
        wp::float32 var_57;
        const wp::float32 var_58 = 0.0;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::range_t var_62;
        wp::int32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32* var_82;
        wp::int32* var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::int32 var_86;
        wp::float32 var_87;
        wp::float32* var_88;
        wp::int32* var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::int32 var_92;
        wp::float32 var_93;
        wp::float32* var_94;
        wp::int32* var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::int32 var_98;
        wp::float32 var_99;
        wp::int32* var_100;
        const wp::int32 var_101 = 0;
        bool var_102;
        wp::int32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        const wp::float32 var_115 = 2.0;
        wp::float32 var_116;
        wp::float32 var_117;
        //---------
        // forward
        // def price_asian_lookback(                                                              <L 91>
        // k = wp.tid()                                                                           <L 100>
        var_0 = builtin_tid1d();
        // o = options[k]                                                                         <L 101>
        var_1 = wp::address(var_options, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // state = wp.rand_init(seed, k)                                                          <L 102>
        var_4 = wp::rand_init(var_seed, var_0);
        // dt = o.maturity / float(steps)                                                         <L 103>
        var_5 = &((var_2).maturity);
        var_6 = wp::float(var_steps);
        var_8 = wp::load(var_5);
        var_7 = wp::div(var_8, var_6);
        // drift = (o.rate - 0.5 * o.vol * o.vol) * dt                                            <L 104>
        var_9 = &((var_2).rate);
        var_11 = &((var_2).vol);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_10, var_13);
        var_14 = &((var_2).vol);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_12, var_16);
        var_18 = wp::load(var_9);
        var_17 = wp::sub(var_18, var_15);
        var_19 = wp::mul(var_17, var_7);
        // diff = o.vol * wp.sqrt(dt)                                                             <L 105>
        var_20 = &((var_2).vol);
        var_21 = wp::sqrt(var_7);
        var_23 = wp::load(var_20);
        var_22 = wp::mul(var_23, var_21);
        // disc = wp.exp(-o.rate * o.maturity)                                                    <L 106>
        var_24 = &((var_2).rate);
        var_26 = wp::load(var_24);
        var_25 = wp::neg(var_26);
        var_27 = &((var_2).maturity);
        var_29 = wp::load(var_27);
        var_28 = wp::mul(var_25, var_29);
        var_30 = wp::exp(var_28);
        // bump = 0.01 * o.spot                                                                   <L 107>
        var_32 = &((var_2).spot);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_31, var_34);
        // sum_asian = float(0.0)                                                                 <L 108>
        var_36 = wp::float(var_35);
        // sum_look = float(0.0)                                                                  <L 109>
        var_38 = wp::float(var_37);
        // sum_up = float(0.0)                                                                    <L 110>
        var_40 = wp::float(var_39);
        // sum_down = float(0.0)                                                                  <L 111>
        var_42 = wp::float(var_41);
        // for p in range(paths):                                                                 <L 112>
        var_43 = wp::range(var_paths);
        start_for_0:;
            if (iter_cmp(var_43) == 0) goto end_for_0;
            var_44 = wp::iter_next(var_43);
            // s = o.spot                                                                         <L 113>
            var_45 = &((var_2).spot);
            var_47 = wp::load(var_45);
            var_46 = wp::copy(var_47);
            // s_up = o.spot + bump                                                               <L 114>
            var_48 = &((var_2).spot);
            var_50 = wp::load(var_48);
            var_49 = wp::add(var_50, var_33);
            // s_dn = o.spot - bump                                                               <L 115>
            var_51 = &((var_2).spot);
            var_53 = wp::load(var_51);
            var_52 = wp::sub(var_53, var_33);
            // avg = float(0.0)                                                                   <L 116>
            var_55 = wp::float(var_54);
            // avg_up = float(0.0)                                                                <L 117>
            var_57 = wp::float(var_56);
            // avg_dn = float(0.0)                                                                <L 118>
            var_59 = wp::float(var_58);
            // s_min = s                                                                          <L 119>
            var_60 = wp::copy(var_46);
            // s_max = s                                                                          <L 120>
            var_61 = wp::copy(var_46);
            // for t in range(steps):                                                             <L 121>
            var_62 = wp::range(var_steps);
            start_for_2:;
                if (iter_cmp(var_62) == 0) goto end_for_2;
                var_63 = wp::iter_next(var_62);
                // z = wp.randn(state)                                                            <L 122>
                var_64 = wp::randn(var_4);
                // g = wp.exp(drift + diff * z)                                                   <L 123>
                var_65 = wp::mul(var_22, var_64);
                var_66 = wp::add(var_19, var_65);
                var_67 = wp::exp(var_66);
                // s = s * g                                                                      <L 124>
                var_68 = wp::mul(var_46, var_67);
                // s_up = s_up * g                                                                <L 125>
                var_69 = wp::mul(var_49, var_67);
                // s_dn = s_dn * g                                                                <L 126>
                var_70 = wp::mul(var_52, var_67);
                // avg += s                                                                       <L 127>
                var_71 = wp::add(var_55, var_68);
                // avg_up += s_up                                                                 <L 128>
                var_72 = wp::add(var_57, var_69);
                // avg_dn += s_dn                                                                 <L 129>
                var_73 = wp::add(var_59, var_70);
                // s_min = wp.min(s_min, s)                                                       <L 130>
                var_74 = wp::min(var_60, var_68);
                // s_max = wp.max(s_max, s)                                                       <L 131>
                var_75 = wp::max(var_61, var_68);
                wp::assign(var_46, var_68);
                wp::assign(var_49, var_69);
                wp::assign(var_52, var_70);
                wp::assign(var_55, var_71);
                wp::assign(var_57, var_72);
                wp::assign(var_59, var_73);
                wp::assign(var_60, var_74);
                wp::assign(var_61, var_75);
                goto start_for_2;
            end_for_2:;
            // avg = avg / float(steps)                                                           <L 132>
            var_76 = wp::float(var_steps);
            var_77 = wp::div(var_55, var_76);
            // avg_up = avg_up / float(steps)                                                     <L 133>
            var_78 = wp::float(var_steps);
            var_79 = wp::div(var_57, var_78);
            // avg_dn = avg_dn / float(steps)                                                     <L 134>
            var_80 = wp::float(var_steps);
            var_81 = wp::div(var_59, var_80);
            // sum_asian += payoff(avg, o.strike, o.is_call)                                      <L 135>
            var_82 = &((var_2).strike);
            var_83 = &((var_2).is_call);
            var_85 = wp::load(var_82);
            var_86 = wp::load(var_83);
            var_84 = payoff_0(var_77, var_85, var_86);
            var_87 = wp::add(var_36, var_84);
            // sum_up += payoff(avg_up, o.strike, o.is_call)                                      <L 136>
            var_88 = &((var_2).strike);
            var_89 = &((var_2).is_call);
            var_91 = wp::load(var_88);
            var_92 = wp::load(var_89);
            var_90 = payoff_0(var_79, var_91, var_92);
            var_93 = wp::add(var_40, var_90);
            // sum_down += payoff(avg_dn, o.strike, o.is_call)                                    <L 137>
            var_94 = &((var_2).strike);
            var_95 = &((var_2).is_call);
            var_97 = wp::load(var_94);
            var_98 = wp::load(var_95);
            var_96 = payoff_0(var_81, var_97, var_98);
            var_99 = wp::add(var_42, var_96);
            // if o.is_call != 0:                                                                 <L 138>
            var_100 = &((var_2).is_call);
            var_103 = wp::load(var_100);
            var_102 = (var_103 != var_101);
            if (var_102) {
                // sum_look += s - s_min                                                          <L 139>
                var_104 = wp::sub(var_46, var_60);
                var_105 = wp::add(var_38, var_104);
            }
            if (!var_102) {
                // sum_look += s_max - s                                                          <L 141>
                var_106 = wp::sub(var_61, var_46);
                var_107 = wp::add(var_38, var_106);
            }
            var_108 = wp::where(var_102, var_105, var_107);
            wp::assign(var_36, var_87);
            wp::assign(var_38, var_108);
            wp::assign(var_40, var_93);
            wp::assign(var_42, var_99);
            goto start_for_0;
        end_for_0:;
        // inv = disc / float(paths)                                                              <L 142>
        var_109 = wp::float(var_paths);
        var_110 = wp::div(var_30, var_109);
        // asian[k] = sum_asian * inv                                                             <L 143>
        var_111 = wp::mul(var_36, var_110);
        wp::array_store(var_asian, var_0, var_111);
        // lookback[k] = sum_look * inv                                                           <L 144>
        var_112 = wp::mul(var_38, var_110);
        wp::array_store(var_lookback, var_0, var_112);
        // delta[k] = (sum_up - sum_down) * inv / (2.0 * bump)                                    <L 145>
        var_113 = wp::sub(var_40, var_42);
        var_114 = wp::mul(var_113, var_110);
        var_116 = wp::mul(var_115, var_33);
        var_117 = wp::div(var_114, var_116);
        wp::array_store(var_delta, var_0, var_117);
    }
}



extern "C" __global__ void price_asian_lookback_b7bf407c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Option_79013203> var_options,
    wp::int32 var_seed,
    wp::int32 var_steps,
    wp::int32 var_paths,
    wp::array_t<wp::float32> var_asian,
    wp::array_t<wp::float32> var_lookback,
    wp::array_t<wp::float32> var_delta,
    wp::array_t<Option_79013203> adj_options,
    wp::int32 adj_seed,
    wp::int32 adj_steps,
    wp::int32 adj_paths,
    wp::array_t<wp::float32> adj_asian,
    wp::array_t<wp::float32> adj_lookback,
    wp::array_t<wp::float32> adj_delta)
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
        Option_79013203* var_1;
        Option_79013203 var_2;
        Option_79013203 var_3;
        wp::uint32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.01;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        const wp::float32 var_41 = 0.0;
        wp::float32 var_42;
        wp::range_t var_43;
        wp::int32 var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 0.0;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.0;
        wp::float32 var_57;
        const wp::float32 var_58 = 0.0;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::range_t var_62;
        wp::int32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32* var_82;
        wp::int32* var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::int32 var_86;
        wp::float32 var_87;
        wp::float32* var_88;
        wp::int32* var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::int32 var_92;
        wp::float32 var_93;
        wp::float32* var_94;
        wp::int32* var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::int32 var_98;
        wp::float32 var_99;
        wp::int32* var_100;
        const wp::int32 var_101 = 0;
        bool var_102;
        wp::int32 var_103;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        const wp::float32 var_115 = 2.0;
        wp::float32 var_116;
        wp::float32 var_117;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Option_79013203 adj_1 = {};
        Option_79013203 adj_2 = {};
        Option_79013203 adj_3 = {};
        wp::uint32 adj_4 = {};
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
        wp::range_t adj_43 = {};
        wp::int32 adj_44 = {};
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
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::range_t adj_62 = {};
        wp::int32 adj_63 = {};
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
        wp::int32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        bool adj_102 = {};
        wp::int32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        //---------
        // forward
        // def price_asian_lookback(                                                              <L 91>
        // k = wp.tid()                                                                           <L 100>
        var_0 = builtin_tid1d();
        // o = options[k]                                                                         <L 101>
        var_1 = wp::address(var_options, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // state = wp.rand_init(seed, k)                                                          <L 102>
        var_4 = wp::rand_init(var_seed, var_0);
        // dt = o.maturity / float(steps)                                                         <L 103>
        var_5 = &((var_2).maturity);
        var_6 = wp::float(var_steps);
        var_8 = wp::load(var_5);
        var_7 = wp::div(var_8, var_6);
        // drift = (o.rate - 0.5 * o.vol * o.vol) * dt                                            <L 104>
        var_9 = &((var_2).rate);
        var_11 = &((var_2).vol);
        var_13 = wp::load(var_11);
        var_12 = wp::mul(var_10, var_13);
        var_14 = &((var_2).vol);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_12, var_16);
        var_18 = wp::load(var_9);
        var_17 = wp::sub(var_18, var_15);
        var_19 = wp::mul(var_17, var_7);
        // diff = o.vol * wp.sqrt(dt)                                                             <L 105>
        var_20 = &((var_2).vol);
        var_21 = wp::sqrt(var_7);
        var_23 = wp::load(var_20);
        var_22 = wp::mul(var_23, var_21);
        // disc = wp.exp(-o.rate * o.maturity)                                                    <L 106>
        var_24 = &((var_2).rate);
        var_26 = wp::load(var_24);
        var_25 = wp::neg(var_26);
        var_27 = &((var_2).maturity);
        var_29 = wp::load(var_27);
        var_28 = wp::mul(var_25, var_29);
        var_30 = wp::exp(var_28);
        // bump = 0.01 * o.spot                                                                   <L 107>
        var_32 = &((var_2).spot);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_31, var_34);
        // sum_asian = float(0.0)                                                                 <L 108>
        var_36 = wp::float(var_35);
        // sum_look = float(0.0)                                                                  <L 109>
        var_38 = wp::float(var_37);
        // sum_up = float(0.0)                                                                    <L 110>
        var_40 = wp::float(var_39);
        // sum_down = float(0.0)                                                                  <L 111>
        var_42 = wp::float(var_41);
        // for p in range(paths):                                                                 <L 112>
        var_43 = wp::range(var_paths);
        // inv = disc / float(paths)                                                              <L 142>
        var_109 = wp::float(var_paths);
        var_110 = wp::div(var_30, var_109);
        // asian[k] = sum_asian * inv                                                             <L 143>
        var_111 = wp::mul(var_36, var_110);
        // wp::array_store(var_asian, var_0, var_111);
        // lookback[k] = sum_look * inv                                                           <L 144>
        var_112 = wp::mul(var_38, var_110);
        // wp::array_store(var_lookback, var_0, var_112);
        // delta[k] = (sum_up - sum_down) * inv / (2.0 * bump)                                    <L 145>
        var_113 = wp::sub(var_40, var_42);
        var_114 = wp::mul(var_113, var_110);
        var_116 = wp::mul(var_115, var_33);
        var_117 = wp::div(var_114, var_116);
        // wp::array_store(var_delta, var_0, var_117);
        //---------
        // reverse
        wp::adj_array_store(var_delta, var_0, var_117, adj_delta, adj_0, adj_117);
        wp::adj_div(var_114, var_116, var_117, adj_114, adj_116, adj_117);
        wp::adj_mul(var_115, var_33, adj_115, adj_33, adj_116);
        wp::adj_mul(var_113, var_110, adj_113, adj_110, adj_114);
        wp::adj_sub(var_40, var_42, adj_40, adj_42, adj_113);
        // adj: delta[k] = (sum_up - sum_down) * inv / (2.0 * bump)                               <L 145>
        wp::adj_array_store(var_lookback, var_0, var_112, adj_lookback, adj_0, adj_112);
        wp::adj_mul(var_38, var_110, adj_38, adj_110, adj_112);
        // adj: lookback[k] = sum_look * inv                                                      <L 144>
        wp::adj_array_store(var_asian, var_0, var_111, adj_asian, adj_0, adj_111);
        wp::adj_mul(var_36, var_110, adj_36, adj_110, adj_111);
        // adj: asian[k] = sum_asian * inv                                                        <L 143>
        wp::adj_div(var_30, var_109, var_110, adj_30, adj_109, adj_110);
        wp::adj_float(var_paths, adj_paths, adj_109);
        // adj: inv = disc / float(paths)                                                         <L 142>
        var_43 = wp::iter_reverse(var_43);
        start_for_0:;
            if (iter_cmp(var_43) == 0) goto end_for_0;
            var_44 = wp::iter_next(var_43);
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
            // s = o.spot                                                                         <L 113>
            var_45 = &((var_2).spot);
            var_47 = wp::load(var_45);
            var_46 = wp::copy(var_47);
            // s_up = o.spot + bump                                                               <L 114>
            var_48 = &((var_2).spot);
            var_50 = wp::load(var_48);
            var_49 = wp::add(var_50, var_33);
            // s_dn = o.spot - bump                                                               <L 115>
            var_51 = &((var_2).spot);
            var_53 = wp::load(var_51);
            var_52 = wp::sub(var_53, var_33);
            // avg = float(0.0)                                                                   <L 116>
            var_55 = wp::float(var_54);
            // avg_up = float(0.0)                                                                <L 117>
            var_57 = wp::float(var_56);
            // avg_dn = float(0.0)                                                                <L 118>
            var_59 = wp::float(var_58);
            // s_min = s                                                                          <L 119>
            var_60 = wp::copy(var_46);
            // s_max = s                                                                          <L 120>
            var_61 = wp::copy(var_46);
            // for t in range(steps):                                                             <L 121>
            var_62 = wp::range(var_steps);
            // avg = avg / float(steps)                                                           <L 132>
            var_76 = wp::float(var_steps);
            var_77 = wp::div(var_55, var_76);
            // avg_up = avg_up / float(steps)                                                     <L 133>
            var_78 = wp::float(var_steps);
            var_79 = wp::div(var_57, var_78);
            // avg_dn = avg_dn / float(steps)                                                     <L 134>
            var_80 = wp::float(var_steps);
            var_81 = wp::div(var_59, var_80);
            // sum_asian += payoff(avg, o.strike, o.is_call)                                      <L 135>
            var_82 = &((var_2).strike);
            var_83 = &((var_2).is_call);
            var_85 = wp::load(var_82);
            var_86 = wp::load(var_83);
            var_84 = payoff_0(var_77, var_85, var_86);
            var_87 = wp::add(var_36, var_84);
            // sum_up += payoff(avg_up, o.strike, o.is_call)                                      <L 136>
            var_88 = &((var_2).strike);
            var_89 = &((var_2).is_call);
            var_91 = wp::load(var_88);
            var_92 = wp::load(var_89);
            var_90 = payoff_0(var_79, var_91, var_92);
            var_93 = wp::add(var_40, var_90);
            // sum_down += payoff(avg_dn, o.strike, o.is_call)                                    <L 137>
            var_94 = &((var_2).strike);
            var_95 = &((var_2).is_call);
            var_97 = wp::load(var_94);
            var_98 = wp::load(var_95);
            var_96 = payoff_0(var_81, var_97, var_98);
            var_99 = wp::add(var_42, var_96);
            // if o.is_call != 0:                                                                 <L 138>
            var_100 = &((var_2).is_call);
            var_103 = wp::load(var_100);
            var_102 = (var_103 != var_101);
            if (var_102) {
                // sum_look += s - s_min                                                          <L 139>
                var_104 = wp::sub(var_46, var_60);
                var_105 = wp::add(var_38, var_104);
            }
            if (!var_102) {
                // sum_look += s_max - s                                                          <L 141>
                var_106 = wp::sub(var_61, var_46);
                var_107 = wp::add(var_38, var_106);
            }
            var_108 = wp::where(var_102, var_105, var_107);
            wp::assign(var_36, var_87);
            wp::assign(var_38, var_108);
            wp::assign(var_40, var_93);
            wp::assign(var_42, var_99);
            wp::adj_assign(var_42, var_99, adj_42, adj_99);
            wp::adj_assign(var_40, var_93, adj_40, adj_93);
            wp::adj_assign(var_38, var_108, adj_38, adj_108);
            wp::adj_assign(var_36, var_87, adj_36, adj_87);
            wp::adj_where(var_102, var_105, var_107, adj_102, adj_105, adj_107, adj_108);
            if (!var_102) {
                wp::adj_add(var_38, var_106, adj_38, adj_106, adj_107);
                wp::adj_sub(var_61, var_46, adj_61, adj_46, adj_106);
                // adj: sum_look += s_max - s                                                     <L 141>
            }
            if (var_102) {
                wp::adj_add(var_38, var_104, adj_38, adj_104, adj_105);
                wp::adj_sub(var_46, var_60, adj_46, adj_60, adj_104);
                // adj: sum_look += s - s_min                                                     <L 139>
            }
            adj_2.is_call = adj_100;
            // adj: if o.is_call != 0:                                                            <L 138>
            wp::adj_add(var_42, var_96, adj_42, adj_96, adj_99);
            adj_payoff_0(var_81, var_97, var_98, adj_81, adj_94, adj_95, adj_96);
            adj_2.is_call = adj_95;
            adj_2.strike += adj_94;
            // adj: sum_down += payoff(avg_dn, o.strike, o.is_call)                               <L 137>
            wp::adj_add(var_40, var_90, adj_40, adj_90, adj_93);
            adj_payoff_0(var_79, var_91, var_92, adj_79, adj_88, adj_89, adj_90);
            adj_2.is_call = adj_89;
            adj_2.strike += adj_88;
            // adj: sum_up += payoff(avg_up, o.strike, o.is_call)                                 <L 136>
            wp::adj_add(var_36, var_84, adj_36, adj_84, adj_87);
            adj_payoff_0(var_77, var_85, var_86, adj_77, adj_82, adj_83, adj_84);
            adj_2.is_call = adj_83;
            adj_2.strike += adj_82;
            // adj: sum_asian += payoff(avg, o.strike, o.is_call)                                 <L 135>
            wp::adj_div(var_59, var_80, var_81, adj_59, adj_80, adj_81);
            wp::adj_float(var_steps, adj_steps, adj_80);
            // adj: avg_dn = avg_dn / float(steps)                                                <L 134>
            wp::adj_div(var_57, var_78, var_79, adj_57, adj_78, adj_79);
            wp::adj_float(var_steps, adj_steps, adj_78);
            // adj: avg_up = avg_up / float(steps)                                                <L 133>
            wp::adj_div(var_55, var_76, var_77, adj_55, adj_76, adj_77);
            wp::adj_float(var_steps, adj_steps, adj_76);
            // adj: avg = avg / float(steps)                                                      <L 132>
            var_62 = wp::iter_reverse(var_62);
            start_for_2:;
                if (iter_cmp(var_62) == 0) goto end_for_2;
                var_63 = wp::iter_next(var_62);
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
                // z = wp.randn(state)                                                            <L 122>
                var_64 = wp::randn(var_4);
                // g = wp.exp(drift + diff * z)                                                   <L 123>
                var_65 = wp::mul(var_22, var_64);
                var_66 = wp::add(var_19, var_65);
                var_67 = wp::exp(var_66);
                // s = s * g                                                                      <L 124>
                var_68 = wp::mul(var_46, var_67);
                // s_up = s_up * g                                                                <L 125>
                var_69 = wp::mul(var_49, var_67);
                // s_dn = s_dn * g                                                                <L 126>
                var_70 = wp::mul(var_52, var_67);
                // avg += s                                                                       <L 127>
                var_71 = wp::add(var_55, var_68);
                // avg_up += s_up                                                                 <L 128>
                var_72 = wp::add(var_57, var_69);
                // avg_dn += s_dn                                                                 <L 129>
                var_73 = wp::add(var_59, var_70);
                // s_min = wp.min(s_min, s)                                                       <L 130>
                var_74 = wp::min(var_60, var_68);
                // s_max = wp.max(s_max, s)                                                       <L 131>
                var_75 = wp::max(var_61, var_68);
                wp::assign(var_46, var_68);
                wp::assign(var_49, var_69);
                wp::assign(var_52, var_70);
                wp::assign(var_55, var_71);
                wp::assign(var_57, var_72);
                wp::assign(var_59, var_73);
                wp::assign(var_60, var_74);
                wp::assign(var_61, var_75);
                wp::adj_assign(var_61, var_75, adj_61, adj_75);
                wp::adj_assign(var_60, var_74, adj_60, adj_74);
                wp::adj_assign(var_59, var_73, adj_59, adj_73);
                wp::adj_assign(var_57, var_72, adj_57, adj_72);
                wp::adj_assign(var_55, var_71, adj_55, adj_71);
                wp::adj_assign(var_52, var_70, adj_52, adj_70);
                wp::adj_assign(var_49, var_69, adj_49, adj_69);
                wp::adj_assign(var_46, var_68, adj_46, adj_68);
                wp::adj_max(var_61, var_68, adj_61, adj_68, adj_75);
                // adj: s_max = wp.max(s_max, s)                                                  <L 131>
                wp::adj_min(var_60, var_68, adj_60, adj_68, adj_74);
                // adj: s_min = wp.min(s_min, s)                                                  <L 130>
                wp::adj_add(var_59, var_70, adj_59, adj_70, adj_73);
                // adj: avg_dn += s_dn                                                            <L 129>
                wp::adj_add(var_57, var_69, adj_57, adj_69, adj_72);
                // adj: avg_up += s_up                                                            <L 128>
                wp::adj_add(var_55, var_68, adj_55, adj_68, adj_71);
                // adj: avg += s                                                                  <L 127>
                wp::adj_mul(var_52, var_67, adj_52, adj_67, adj_70);
                // adj: s_dn = s_dn * g                                                           <L 126>
                wp::adj_mul(var_49, var_67, adj_49, adj_67, adj_69);
                // adj: s_up = s_up * g                                                           <L 125>
                wp::adj_mul(var_46, var_67, adj_46, adj_67, adj_68);
                // adj: s = s * g                                                                 <L 124>
                wp::adj_exp(var_66, var_67, adj_66, adj_67);
                wp::adj_add(var_19, var_65, adj_19, adj_65, adj_66);
                wp::adj_mul(var_22, var_64, adj_22, adj_64, adj_65);
                // adj: g = wp.exp(drift + diff * z)                                              <L 123>
                // adj: z = wp.randn(state)                                                       <L 122>
            	goto start_for_2;
            end_for_2:;
            // adj: for t in range(steps):                                                        <L 121>
            wp::adj_copy(var_46, adj_46, adj_61);
            // adj: s_max = s                                                                     <L 120>
            wp::adj_copy(var_46, adj_46, adj_60);
            // adj: s_min = s                                                                     <L 119>
            wp::adj_float(var_58, adj_58, adj_59);
            // adj: avg_dn = float(0.0)                                                           <L 118>
            wp::adj_float(var_56, adj_56, adj_57);
            // adj: avg_up = float(0.0)                                                           <L 117>
            wp::adj_float(var_54, adj_54, adj_55);
            // adj: avg = float(0.0)                                                              <L 116>
            wp::adj_sub(var_53, var_33, adj_51, adj_33, adj_52);
            adj_2.spot += adj_51;
            // adj: s_dn = o.spot - bump                                                          <L 115>
            wp::adj_add(var_50, var_33, adj_48, adj_33, adj_49);
            adj_2.spot += adj_48;
            // adj: s_up = o.spot + bump                                                          <L 114>
            wp::adj_copy(var_47, adj_45, adj_46);
            adj_2.spot += adj_45;
            // adj: s = o.spot                                                                    <L 113>
        	goto start_for_0;
        end_for_0:;
        // adj: for p in range(paths):                                                            <L 112>
        wp::adj_float(var_41, adj_41, adj_42);
        // adj: sum_down = float(0.0)                                                             <L 111>
        wp::adj_float(var_39, adj_39, adj_40);
        // adj: sum_up = float(0.0)                                                               <L 110>
        wp::adj_float(var_37, adj_37, adj_38);
        // adj: sum_look = float(0.0)                                                             <L 109>
        wp::adj_float(var_35, adj_35, adj_36);
        // adj: sum_asian = float(0.0)                                                            <L 108>
        wp::adj_mul(var_31, var_34, adj_31, adj_32, adj_33);
        adj_2.spot += adj_32;
        // adj: bump = 0.01 * o.spot                                                              <L 107>
        wp::adj_exp(var_28, var_30, adj_28, adj_30);
        wp::adj_mul(var_25, var_29, adj_25, adj_27, adj_28);
        adj_2.maturity += adj_27;
        wp::adj_neg(var_26, adj_24, adj_25);
        adj_2.rate += adj_24;
        // adj: disc = wp.exp(-o.rate * o.maturity)                                               <L 106>
        wp::adj_mul(var_23, var_21, adj_20, adj_21, adj_22);
        wp::adj_sqrt(var_7, var_21, adj_7, adj_21);
        adj_2.vol += adj_20;
        // adj: diff = o.vol * wp.sqrt(dt)                                                        <L 105>
        wp::adj_mul(var_17, var_7, adj_17, adj_7, adj_19);
        wp::adj_sub(var_18, var_15, adj_9, adj_15, adj_17);
        wp::adj_mul(var_12, var_16, adj_12, adj_14, adj_15);
        adj_2.vol += adj_14;
        wp::adj_mul(var_10, var_13, adj_10, adj_11, adj_12);
        adj_2.vol += adj_11;
        adj_2.rate += adj_9;
        // adj: drift = (o.rate - 0.5 * o.vol * o.vol) * dt                                       <L 104>
        wp::adj_div(var_8, var_6, var_7, adj_5, adj_6, adj_7);
        wp::adj_float(var_steps, adj_steps, adj_6);
        adj_2.maturity += adj_5;
        // adj: dt = o.maturity / float(steps)                                                    <L 103>
        // adj: state = wp.rand_init(seed, k)                                                     <L 102>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_options, var_0, adj_options, adj_0, adj_1);
        // adj: o = options[k]                                                                    <L 101>
        // adj: k = wp.tid()                                                                      <L 100>
        // adj: def price_asian_lookback(                                                         <L 91>
        continue;
    }
}

