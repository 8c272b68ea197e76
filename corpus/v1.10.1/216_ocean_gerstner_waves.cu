
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


struct Wave_fa37759c
{
    wp::vec_t<2, wp::float32> direction;
    wp::float32 amplitude;
    wp::float32 wavelength;
    wp::float32 steepness;
    wp::float32 phase;


    Wave_fa37759c() = default;
    CUDA_CALLABLE Wave_fa37759c(wp::vec_t<2, wp::float32> const& direction,
    wp::float32 const& amplitude = {},
    wp::float32 const& wavelength = {},
    wp::float32 const& steepness = {},
    wp::float32 const& phase = {})
        : direction{direction}
        , amplitude{amplitude}
        , wavelength{wavelength}
        , steepness{steepness}
        , phase{phase}

    {
    }

    CUDA_CALLABLE Wave_fa37759c& operator += (const Wave_fa37759c& rhs)
    {    direction += rhs.direction;
    amplitude += rhs.amplitude;
    wavelength += rhs.wavelength;
    steepness += rhs.steepness;
    phase += rhs.phase;

        return *this;}

};

static CUDA_CALLABLE void adj_Wave_fa37759c(wp::vec_t<2, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<2, wp::float32> & adj_direction,
    wp::float32 & adj_amplitude,
    wp::float32 & adj_wavelength,
    wp::float32 & adj_steepness,
    wp::float32 & adj_phase,
    Wave_fa37759c & adj_ret)
{
    adj_direction += adj_ret.direction;
    adj_amplitude += adj_ret.amplitude;
    adj_wavelength += adj_ret.wavelength;
    adj_steepness += adj_ret.steepness;
    adj_phase += adj_ret.phase;
}

// Required when compiling adjoints.
CUDA_CALLABLE Wave_fa37759c add(const Wave_fa37759c& a, const Wave_fa37759c& b)
{
    return Wave_fa37759c();
}

CUDA_CALLABLE void adj_atomic_add(Wave_fa37759c* p, Wave_fa37759c t)
{
    wp::adj_atomic_add(&p->direction, t.direction);
    wp::adj_atomic_add(&p->amplitude, t.amplitude);
    wp::adj_atomic_add(&p->wavelength, t.wavelength);
    wp::adj_atomic_add(&p->steepness, t.steepness);
    wp::adj_atomic_add(&p->phase, t.phase);
}



// corpus/216_ocean_gerstner_waves.py:16
static CUDA_CALLABLE void gerstner_0(
    Wave_fa37759c var_w,
    wp::vec_t<2, wp::float32> var_p,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    const wp::float32 var_1 = 3.141592653589793;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 9.81;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 0;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 1;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    wp::float32 var_79;
    wp::float32* var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    const wp::int32 var_85 = 1;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::int32 var_88 = 1;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32* var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::vec_t<3, wp::float32> var_96;
    //---------
    // forward
    // def gerstner(w: Wave, p: wp.vec2, t: float):                                           <L 17>
    // k = 2.0 * wp.pi / w.wavelength                                                         <L 18>
    var_2 = wp::mul(var_0, var_1);
    var_3 = &(var_w.wavelength);
    var_5 = wp::load(var_3);
    var_4 = wp::div(var_2, var_5);
    // c = wp.sqrt(GRAVITY / k)                                                               <L 19>
    var_7 = wp::div(var_6, var_4);
    var_8 = wp::sqrt(var_7);
    // d = wp.normalize(w.direction)                                                          <L 20>
    var_9 = &(var_w.direction);
    var_11 = wp::load(var_9);
    var_10 = wp::normalize(var_11);
    // f = k * (wp.dot(d, p) - c * t) + w.phase                                               <L 21>
    var_12 = wp::dot(var_10, var_p);
    var_13 = wp::mul(var_8, var_t);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::mul(var_4, var_14);
    var_16 = &(var_w.phase);
    var_18 = wp::load(var_16);
    var_17 = wp::add(var_15, var_18);
    // a = w.steepness / k                                                                    <L 22>
    var_19 = &(var_w.steepness);
    var_21 = wp::load(var_19);
    var_20 = wp::div(var_21, var_4);
    // disp = wp.vec3(d[0] * a * wp.cos(f), w.amplitude * wp.sin(f), d[1] * a * wp.cos(f))       <L 23>
    var_23 = wp::extract(var_10, var_22);
    var_24 = wp::mul(var_23, var_20);
    var_25 = wp::cos(var_17);
    var_26 = wp::mul(var_24, var_25);
    var_27 = &(var_w.amplitude);
    var_28 = wp::sin(var_17);
    var_30 = wp::load(var_27);
    var_29 = wp::mul(var_30, var_28);
    var_32 = wp::extract(var_10, var_31);
    var_33 = wp::mul(var_32, var_20);
    var_34 = wp::cos(var_17);
    var_35 = wp::mul(var_33, var_34);
    var_36 = wp::vec_t<3, wp::float32>(var_26, var_29, var_35);
    // tangent = wp.vec3(-d[0] * d[0] * w.steepness * wp.sin(f), d[0] * w.steepness * wp.cos(f), -d[0] * d[1] * w.steepness * wp.sin(f))       <L 24>
    var_38 = wp::extract(var_10, var_37);
    var_39 = wp::neg(var_38);
    var_41 = wp::extract(var_10, var_40);
    var_42 = wp::mul(var_39, var_41);
    var_43 = &(var_w.steepness);
    var_45 = wp::load(var_43);
    var_44 = wp::mul(var_42, var_45);
    var_46 = wp::sin(var_17);
    var_47 = wp::mul(var_44, var_46);
    var_49 = wp::extract(var_10, var_48);
    var_50 = &(var_w.steepness);
    var_52 = wp::load(var_50);
    var_51 = wp::mul(var_49, var_52);
    var_53 = wp::cos(var_17);
    var_54 = wp::mul(var_51, var_53);
    var_56 = wp::extract(var_10, var_55);
    var_57 = wp::neg(var_56);
    var_59 = wp::extract(var_10, var_58);
    var_60 = wp::mul(var_57, var_59);
    var_61 = &(var_w.steepness);
    var_63 = wp::load(var_61);
    var_62 = wp::mul(var_60, var_63);
    var_64 = wp::sin(var_17);
    var_65 = wp::mul(var_62, var_64);
    var_66 = wp::vec_t<3, wp::float32>(var_47, var_54, var_65);
    // binormal = wp.vec3(-d[0] * d[1] * w.steepness * wp.sin(f), d[1] * w.steepness * wp.cos(f), -d[1] * d[1] * w.steepness * wp.sin(f))       <L 25>
    var_68 = wp::extract(var_10, var_67);
    var_69 = wp::neg(var_68);
    var_71 = wp::extract(var_10, var_70);
    var_72 = wp::mul(var_69, var_71);
    var_73 = &(var_w.steepness);
    var_75 = wp::load(var_73);
    var_74 = wp::mul(var_72, var_75);
    var_76 = wp::sin(var_17);
    var_77 = wp::mul(var_74, var_76);
    var_79 = wp::extract(var_10, var_78);
    var_80 = &(var_w.steepness);
    var_82 = wp::load(var_80);
    var_81 = wp::mul(var_79, var_82);
    var_83 = wp::cos(var_17);
    var_84 = wp::mul(var_81, var_83);
    var_86 = wp::extract(var_10, var_85);
    var_87 = wp::neg(var_86);
    var_89 = wp::extract(var_10, var_88);
    var_90 = wp::mul(var_87, var_89);
    var_91 = &(var_w.steepness);
    var_93 = wp::load(var_91);
    var_92 = wp::mul(var_90, var_93);
    var_94 = wp::sin(var_17);
    var_95 = wp::mul(var_92, var_94);
    var_96 = wp::vec_t<3, wp::float32>(var_77, var_84, var_95);
    // return disp, tangent, binormal                                                         <L 26>
    ret_0 = var_36;
    ret_1 = var_66;
    ret_2 = var_96;
    return;
}


// corpus/216_ocean_gerstner_waves.py:16
static CUDA_CALLABLE void adj_gerstner_0(
    Wave_fa37759c var_w,
    wp::vec_t<2, wp::float32> var_p,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    Wave_fa37759c & adj_w,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    const wp::float32 var_1 = 3.141592653589793;
    wp::float32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 9.81;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32>* var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    wp::float32 var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 0;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 1;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    wp::float32 var_79;
    wp::float32* var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    const wp::int32 var_85 = 1;
    wp::float32 var_86;
    wp::float32 var_87;
    const wp::int32 var_88 = 1;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32* var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::vec_t<3, wp::float32> var_96;
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
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
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
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::vec_t<3, wp::float32> adj_96 = {};
    //---------
    // forward
    // def gerstner(w: Wave, p: wp.vec2, t: float):                                           <L 17>
    // k = 2.0 * wp.pi / w.wavelength                                                         <L 18>
    var_2 = wp::mul(var_0, var_1);
    var_3 = &(var_w.wavelength);
    var_5 = wp::load(var_3);
    var_4 = wp::div(var_2, var_5);
    // c = wp.sqrt(GRAVITY / k)                                                               <L 19>
    var_7 = wp::div(var_6, var_4);
    var_8 = wp::sqrt(var_7);
    // d = wp.normalize(w.direction)                                                          <L 20>
    var_9 = &(var_w.direction);
    var_11 = wp::load(var_9);
    var_10 = wp::normalize(var_11);
    // f = k * (wp.dot(d, p) - c * t) + w.phase                                               <L 21>
    var_12 = wp::dot(var_10, var_p);
    var_13 = wp::mul(var_8, var_t);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::mul(var_4, var_14);
    var_16 = &(var_w.phase);
    var_18 = wp::load(var_16);
    var_17 = wp::add(var_15, var_18);
    // a = w.steepness / k                                                                    <L 22>
    var_19 = &(var_w.steepness);
    var_21 = wp::load(var_19);
    var_20 = wp::div(var_21, var_4);
    // disp = wp.vec3(d[0] * a * wp.cos(f), w.amplitude * wp.sin(f), d[1] * a * wp.cos(f))       <L 23>
    var_23 = wp::extract(var_10, var_22);
    var_24 = wp::mul(var_23, var_20);
    var_25 = wp::cos(var_17);
    var_26 = wp::mul(var_24, var_25);
    var_27 = &(var_w.amplitude);
    var_28 = wp::sin(var_17);
    var_30 = wp::load(var_27);
    var_29 = wp::mul(var_30, var_28);
    var_32 = wp::extract(var_10, var_31);
    var_33 = wp::mul(var_32, var_20);
    var_34 = wp::cos(var_17);
    var_35 = wp::mul(var_33, var_34);
    var_36 = wp::vec_t<3, wp::float32>(var_26, var_29, var_35);
    // tangent = wp.vec3(-d[0] * d[0] * w.steepness * wp.sin(f), d[0] * w.steepness * wp.cos(f), -d[0] * d[1] * w.steepness * wp.sin(f))       <L 24>
    var_38 = wp::extract(var_10, var_37);
    var_39 = wp::neg(var_38);
    var_41 = wp::extract(var_10, var_40);
    var_42 = wp::mul(var_39, var_41);
    var_43 = &(var_w.steepness);
    var_45 = wp::load(var_43);
    var_44 = wp::mul(var_42, var_45);
    var_46 = wp::sin(var_17);
    var_47 = wp::mul(var_44, var_46);
    var_49 = wp::extract(var_10, var_48);
    var_50 = &(var_w.steepness);
    var_52 = wp::load(var_50);
    var_51 = wp::mul(var_49, var_52);
    var_53 = wp::cos(var_17);
    var_54 = wp::mul(var_51, var_53);
    var_56 = wp::extract(var_10, var_55);
    var_57 = wp::neg(var_56);
    var_59 = wp::extract(var_10, var_58);
    var_60 = wp::mul(var_57, var_59);
    var_61 = &(var_w.steepness);
    var_63 = wp::load(var_61);
    var_62 = wp::mul(var_60, var_63);
    var_64 = wp::sin(var_17);
    var_65 = wp::mul(var_62, var_64);
    var_66 = wp::vec_t<3, wp::float32>(var_47, var_54, var_65);
    // binormal = wp.vec3(-d[0] * d[1] * w.steepness * wp.sin(f), d[1] * w.steepness * wp.cos(f), -d[1] * d[1] * w.steepness * wp.sin(f))       <L 25>
    var_68 = wp::extract(var_10, var_67);
    var_69 = wp::neg(var_68);
    var_71 = wp::extract(var_10, var_70);
    var_72 = wp::mul(var_69, var_71);
    var_73 = &(var_w.steepness);
    var_75 = wp::load(var_73);
    var_74 = wp::mul(var_72, var_75);
    var_76 = wp::sin(var_17);
    var_77 = wp::mul(var_74, var_76);
    var_79 = wp::extract(var_10, var_78);
    var_80 = &(var_w.steepness);
    var_82 = wp::load(var_80);
    var_81 = wp::mul(var_79, var_82);
    var_83 = wp::cos(var_17);
    var_84 = wp::mul(var_81, var_83);
    var_86 = wp::extract(var_10, var_85);
    var_87 = wp::neg(var_86);
    var_89 = wp::extract(var_10, var_88);
    var_90 = wp::mul(var_87, var_89);
    var_91 = &(var_w.steepness);
    var_93 = wp::load(var_91);
    var_92 = wp::mul(var_90, var_93);
    var_94 = wp::sin(var_17);
    var_95 = wp::mul(var_92, var_94);
    var_96 = wp::vec_t<3, wp::float32>(var_77, var_84, var_95);
    // return disp, tangent, binormal                                                         <L 26>
    ret_0 = var_36;
    ret_1 = var_66;
    ret_2 = var_96;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_96 += adj_ret_2;
    adj_66 += adj_ret_1;
    adj_36 += adj_ret_0;
    // adj: return disp, tangent, binormal                                                    <L 26>
    wp::adj_vec_t(var_77, var_84, var_95, adj_77, adj_84, adj_95, adj_96);
    wp::adj_mul(var_92, var_94, adj_92, adj_94, adj_95);
    wp::adj_sin(var_17, adj_17, adj_94);
    wp::adj_mul(var_90, var_93, adj_90, adj_91, adj_92);
    adj_w.steepness += adj_91;
    wp::adj_mul(var_87, var_89, adj_87, adj_89, adj_90);
    wp::adj_extract(var_10, var_88, adj_10, adj_88, adj_89);
    wp::adj_neg(var_86, adj_86, adj_87);
    wp::adj_extract(var_10, var_85, adj_10, adj_85, adj_86);
    wp::adj_mul(var_81, var_83, adj_81, adj_83, adj_84);
    wp::adj_cos(var_17, adj_17, adj_83);
    wp::adj_mul(var_79, var_82, adj_79, adj_80, adj_81);
    adj_w.steepness += adj_80;
    wp::adj_extract(var_10, var_78, adj_10, adj_78, adj_79);
    wp::adj_mul(var_74, var_76, adj_74, adj_76, adj_77);
    wp::adj_sin(var_17, adj_17, adj_76);
    wp::adj_mul(var_72, var_75, adj_72, adj_73, adj_74);
    adj_w.steepness += adj_73;
    wp::adj_mul(var_69, var_71, adj_69, adj_71, adj_72);
    wp::adj_extract(var_10, var_70, adj_10, adj_70, adj_71);
    wp::adj_neg(var_68, adj_68, adj_69);
    wp::adj_extract(var_10, var_67, adj_10, adj_67, adj_68);
    // adj: binormal = wp.vec3(-d[0] * d[1] * w.steepness * wp.sin(f), d[1] * w.steepness * wp.cos(f), -d[1] * d[1] * w.steepness * wp.sin(f))  <L 25>
    wp::adj_vec_t(var_47, var_54, var_65, adj_47, adj_54, adj_65, adj_66);
    wp::adj_mul(var_62, var_64, adj_62, adj_64, adj_65);
    wp::adj_sin(var_17, adj_17, adj_64);
    wp::adj_mul(var_60, var_63, adj_60, adj_61, adj_62);
    adj_w.steepness += adj_61;
    wp::adj_mul(var_57, var_59, adj_57, adj_59, adj_60);
    wp::adj_extract(var_10, var_58, adj_10, adj_58, adj_59);
    wp::adj_neg(var_56, adj_56, adj_57);
    wp::adj_extract(var_10, var_55, adj_10, adj_55, adj_56);
    wp::adj_mul(var_51, var_53, adj_51, adj_53, adj_54);
    wp::adj_cos(var_17, adj_17, adj_53);
    wp::adj_mul(var_49, var_52, adj_49, adj_50, adj_51);
    adj_w.steepness += adj_50;
    wp::adj_extract(var_10, var_48, adj_10, adj_48, adj_49);
    wp::adj_mul(var_44, var_46, adj_44, adj_46, adj_47);
    wp::adj_sin(var_17, adj_17, adj_46);
    wp::adj_mul(var_42, var_45, adj_42, adj_43, adj_44);
    adj_w.steepness += adj_43;
    wp::adj_mul(var_39, var_41, adj_39, adj_41, adj_42);
    wp::adj_extract(var_10, var_40, adj_10, adj_40, adj_41);
    wp::adj_neg(var_38, adj_38, adj_39);
    wp::adj_extract(var_10, var_37, adj_10, adj_37, adj_38);
    // adj: tangent = wp.vec3(-d[0] * d[0] * w.steepness * wp.sin(f), d[0] * w.steepness * wp.cos(f), -d[0] * d[1] * w.steepness * wp.sin(f))  <L 24>
    wp::adj_vec_t(var_26, var_29, var_35, adj_26, adj_29, adj_35, adj_36);
    wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_cos(var_17, adj_17, adj_34);
    wp::adj_mul(var_32, var_20, adj_32, adj_20, adj_33);
    wp::adj_extract(var_10, var_31, adj_10, adj_31, adj_32);
    wp::adj_mul(var_30, var_28, adj_27, adj_28, adj_29);
    wp::adj_sin(var_17, adj_17, adj_28);
    adj_w.amplitude += adj_27;
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_cos(var_17, adj_17, adj_25);
    wp::adj_mul(var_23, var_20, adj_23, adj_20, adj_24);
    wp::adj_extract(var_10, var_22, adj_10, adj_22, adj_23);
    // adj: disp = wp.vec3(d[0] * a * wp.cos(f), w.amplitude * wp.sin(f), d[1] * a * wp.cos(f))  <L 23>
    wp::adj_div(var_21, var_4, var_20, adj_19, adj_4, adj_20);
    adj_w.steepness += adj_19;
    // adj: a = w.steepness / k                                                               <L 22>
    wp::adj_add(var_15, var_18, adj_15, adj_16, adj_17);
    adj_w.phase += adj_16;
    wp::adj_mul(var_4, var_14, adj_4, adj_14, adj_15);
    wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_mul(var_8, var_t, adj_8, adj_t, adj_13);
    wp::adj_dot(var_10, var_p, adj_10, adj_p, adj_12);
    // adj: f = k * (wp.dot(d, p) - c * t) + w.phase                                          <L 21>
    wp::adj_normalize(var_11, var_10, adj_9, adj_10);
    adj_w.direction += adj_9;
    // adj: d = wp.normalize(w.direction)                                                     <L 20>
    wp::adj_sqrt(var_7, var_8, adj_7, adj_8);
    wp::adj_div(var_6, var_4, var_7, adj_6, adj_4, adj_7);
    // adj: c = wp.sqrt(GRAVITY / k)                                                          <L 19>
    wp::adj_div(var_2, var_5, var_4, adj_2, adj_3, adj_4);
    adj_w.wavelength += adj_3;
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: k = 2.0 * wp.pi / w.wavelength                                                    <L 18>
    // adj: def gerstner(w: Wave, p: wp.vec2, t: float):                                      <L 17>
    return;
}



extern "C" __global__ void ocean_surface_30b8a204_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Wave_fa37759c> var_waves,
    wp::int32 var_n_waves,
    wp::float32 var_t,
    wp::float32 var_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_nrm)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 0.0;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        const wp::float32 var_12 = 0.0;
        const wp::float32 var_13 = 1.0;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 8;
        wp::range_t var_16;
        wp::int32 var_17;
        bool var_18;
        Wave_fa37759c* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        Wave_fa37759c var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        //---------
        // forward
        // def ocean_surface(waves: wp.array(dtype=Wave), n_waves: int, t: float, spacing: float, pos: wp.array2d(dtype=wp.vec3), nrm: wp.array2d(dtype=wp.vec3)):       <L 30>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec2(float(i), float(j)) * spacing                                              <L 32>
        var_2 = wp::float(var_0);
        var_3 = wp::float(var_1);
        var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
        var_5 = wp::mul(var_4, var_spacing);
        // disp = wp.vec3()                                                                       <L 33>
        var_6 = wp::vec_t<3, wp::float32>();
        // T = wp.vec3(1.0, 0.0, 0.0)                                                             <L 34>
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        // B = wp.vec3(0.0, 0.0, 1.0)                                                             <L 35>
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        // for k in range(MAX_WAVES):                                                             <L 36>
        var_16 = wp::range(var_15);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
            // if k >= n_waves:                                                                   <L 37>
            var_18 = (var_17 >= var_n_waves);
            if (var_18) {
                // break                                                                          <L 38>
                goto end_for_0;
            }
            // d, tt, bb = gerstner(waves[k], p, t)                                               <L 39>
            var_19 = wp::address(var_waves, var_17);
            var_23 = wp::load(var_19);
            gerstner_0(var_23, var_5, var_t, var_20, var_21, var_22);
            // disp += d                                                                          <L 40>
            var_24 = wp::add(var_6, var_20);
            // T += tt                                                                            <L 41>
            var_25 = wp::add(var_10, var_21);
            // B += bb                                                                            <L 42>
            var_26 = wp::add(var_14, var_22);
            wp::assign(var_6, var_24);
            wp::assign(var_10, var_25);
            wp::assign(var_14, var_26);
            goto start_for_0;
        end_for_0:;
        // pos[i, j] = wp.vec3(p[0], 0.0, p[1]) + disp                                            <L 43>
        var_28 = wp::extract(var_5, var_27);
        var_31 = wp::extract(var_5, var_30);
        var_32 = wp::vec_t<3, wp::float32>(var_28, var_29, var_31);
        var_33 = wp::add(var_32, var_6);
        wp::array_store(var_pos, var_0, var_1, var_33);
        // nrm[i, j] = wp.normalize(wp.cross(B, T))                                               <L 44>
        var_34 = wp::cross(var_14, var_10);
        var_35 = wp::normalize(var_34);
        wp::array_store(var_nrm, var_0, var_1, var_35);
    }
}



extern "C" __global__ void ocean_surface_30b8a204_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Wave_fa37759c> var_waves,
    wp::int32 var_n_waves,
    wp::float32 var_t,
    wp::float32 var_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_nrm,
    wp::array_t<Wave_fa37759c> adj_waves,
    wp::int32 adj_n_waves,
    wp::float32 adj_t,
    wp::float32 adj_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_nrm)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 0.0;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        const wp::float32 var_12 = 0.0;
        const wp::float32 var_13 = 1.0;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 8;
        wp::range_t var_16;
        wp::int32 var_17;
        bool var_18;
        Wave_fa37759c* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        Wave_fa37759c var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::range_t adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        Wave_fa37759c adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        Wave_fa37759c adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        //---------
        // forward
        // def ocean_surface(waves: wp.array(dtype=Wave), n_waves: int, t: float, spacing: float, pos: wp.array2d(dtype=wp.vec3), nrm: wp.array2d(dtype=wp.vec3)):       <L 30>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec2(float(i), float(j)) * spacing                                              <L 32>
        var_2 = wp::float(var_0);
        var_3 = wp::float(var_1);
        var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
        var_5 = wp::mul(var_4, var_spacing);
        // disp = wp.vec3()                                                                       <L 33>
        var_6 = wp::vec_t<3, wp::float32>();
        // T = wp.vec3(1.0, 0.0, 0.0)                                                             <L 34>
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        // B = wp.vec3(0.0, 0.0, 1.0)                                                             <L 35>
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        // for k in range(MAX_WAVES):                                                             <L 36>
        var_16 = wp::range(var_15);
        // pos[i, j] = wp.vec3(p[0], 0.0, p[1]) + disp                                            <L 43>
        var_28 = wp::extract(var_5, var_27);
        var_31 = wp::extract(var_5, var_30);
        var_32 = wp::vec_t<3, wp::float32>(var_28, var_29, var_31);
        var_33 = wp::add(var_32, var_6);
        // wp::array_store(var_pos, var_0, var_1, var_33);
        // nrm[i, j] = wp.normalize(wp.cross(B, T))                                               <L 44>
        var_34 = wp::cross(var_14, var_10);
        var_35 = wp::normalize(var_34);
        // wp::array_store(var_nrm, var_0, var_1, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_nrm, var_0, var_1, var_35, adj_nrm, adj_0, adj_1, adj_35);
        wp::adj_normalize(var_34, var_35, adj_34, adj_35);
        wp::adj_cross(var_14, var_10, adj_14, adj_10, adj_34);
        // adj: nrm[i, j] = wp.normalize(wp.cross(B, T))                                          <L 44>
        wp::adj_array_store(var_pos, var_0, var_1, var_33, adj_pos, adj_0, adj_1, adj_33);
        wp::adj_add(var_32, var_6, adj_32, adj_6, adj_33);
        wp::adj_vec_t(var_28, var_29, var_31, adj_28, adj_29, adj_31, adj_32);
        wp::adj_extract(var_5, var_30, adj_5, adj_30, adj_31);
        wp::adj_extract(var_5, var_27, adj_5, adj_27, adj_28);
        // adj: pos[i, j] = wp.vec3(p[0], 0.0, p[1]) + disp                                       <L 43>
        var_16 = wp::iter_reverse(var_16);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
            // if k >= n_waves:                                                                   <L 37>
            var_18 = (var_17 >= var_n_waves);
            if (var_18) {
                // break                                                                          <L 38>
                goto end_for_0;
            }
            // d, tt, bb = gerstner(waves[k], p, t)                                               <L 39>
            var_19 = wp::address(var_waves, var_17);
            var_23 = wp::load(var_19);
            gerstner_0(var_23, var_5, var_t, var_20, var_21, var_22);
            // disp += d                                                                          <L 40>
            var_24 = wp::add(var_6, var_20);
            // T += tt                                                                            <L 41>
            var_25 = wp::add(var_10, var_21);
            // B += bb                                                                            <L 42>
            var_26 = wp::add(var_14, var_22);
            wp::assign(var_6, var_24);
            wp::assign(var_10, var_25);
            wp::assign(var_14, var_26);
            wp::adj_assign(var_14, var_26, adj_14, adj_26);
            wp::adj_assign(var_10, var_25, adj_10, adj_25);
            wp::adj_assign(var_6, var_24, adj_6, adj_24);
            wp::adj_add(var_14, var_22, adj_14, adj_22, adj_26);
            // adj: B += bb                                                                       <L 42>
            wp::adj_add(var_10, var_21, adj_10, adj_21, adj_25);
            // adj: T += tt                                                                       <L 41>
            wp::adj_add(var_6, var_20, adj_6, adj_20, adj_24);
            // adj: disp += d                                                                     <L 40>
            adj_gerstner_0(var_23, var_5, var_t, var_20, var_21, var_22, adj_19, adj_5, adj_t, adj_20, adj_21, adj_22);
            wp::adj_address(var_waves, var_17, adj_waves, adj_17, adj_19);
            // adj: d, tt, bb = gerstner(waves[k], p, t)                                          <L 39>
            if (var_18) {
                // adj: break                                                                     <L 38>
            }
            // adj: if k >= n_waves:                                                              <L 37>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_15, adj_15, adj_16);
        // adj: for k in range(MAX_WAVES):                                                        <L 36>
        wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
        // adj: B = wp.vec3(0.0, 0.0, 1.0)                                                        <L 35>
        wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
        // adj: T = wp.vec3(1.0, 0.0, 0.0)                                                        <L 34>
        // adj: disp = wp.vec3()                                                                  <L 33>
        wp::adj_mul(var_4, var_spacing, adj_4, adj_spacing, adj_5);
        wp::adj_vec_t(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_1, adj_1, adj_3);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: p = wp.vec2(float(i), float(j)) * spacing                                         <L 32>
        // adj: i, j = wp.tid()                                                                   <L 31>
        // adj: def ocean_surface(waves: wp.array(dtype=Wave), n_waves: int, t: float, spacing: float, pos: wp.array2d(dtype=wp.vec3), nrm: wp.array2d(dtype=wp.vec3)):  <L 30>
        continue;
    }
}



extern "C" __global__ void buoyancy_d24a7432_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> var_probes,
    wp::float32 var_density,
    wp::float32 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
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
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        const wp::int32 var_29 = 1;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        bool var_36;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        const wp::float32 var_40 = 9.81;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 0.0;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        //---------
        // forward
        // def buoyancy(pos: wp.array2d(dtype=wp.vec3), spacing: float, probes: wp.array(dtype=wp.vec3), density: float, volume: float, forces: wp.array(dtype=wp.vec3)):       <L 48>
        // b = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // p = probes[b]                                                                          <L 50>
        var_1 = wp::address(var_probes, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gi = wp.clamp(int(p[0] / spacing), 0, pos.shape[0] - 1)                                <L 51>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::div(var_5, var_spacing);
        var_7 = wp::int(var_6);
        var_9 = &(var_pos.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = wp::clamp(var_7, var_8, var_14);
        // gj = wp.clamp(int(p[2] / spacing), 0, pos.shape[1] - 1)                                <L 52>
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::div(var_17, var_spacing);
        var_19 = wp::int(var_18);
        var_21 = &(var_pos.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::clamp(var_19, var_20, var_26);
        // h = pos[gi, gj][1]                                                                     <L 53>
        var_28 = wp::address(var_pos, var_15, var_27);
        var_31 = wp::load(var_28);
        var_30 = wp::extract(var_31, var_29);
        // depth = h - p[1]                                                                       <L 54>
        var_33 = wp::extract(var_2, var_32);
        var_34 = wp::sub(var_30, var_33);
        // if depth > 0.0:                                                                        <L 55>
        var_36 = (var_34 > var_35);
        if (var_36) {
            // submerged = wp.min(depth, 1.0)                                                     <L 56>
            var_38 = wp::min(var_34, var_37);
            // forces[b] = wp.vec3(0.0, density * GRAVITY * volume * submerged, 0.0)              <L 57>
            var_41 = wp::mul(var_density, var_40);
            var_42 = wp::mul(var_41, var_volume);
            var_43 = wp::mul(var_42, var_38);
            var_45 = wp::vec_t<3, wp::float32>(var_39, var_43, var_44);
            wp::array_store(var_forces, var_0, var_45);
        }
        if (!var_36) {
            // forces[b] = wp.vec3()                                                              <L 59>
            var_46 = wp::vec_t<3, wp::float32>();
            wp::array_store(var_forces, var_0, var_46);
        }
    }
}



extern "C" __global__ void buoyancy_d24a7432_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> var_probes,
    wp::float32 var_density,
    wp::float32 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::float32 adj_spacing,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_probes,
    wp::float32 adj_density,
    wp::float32 adj_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
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
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        const wp::int32 var_29 = 1;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        bool var_36;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        const wp::float32 var_40 = 9.81;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 0.0;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::shape_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        //---------
        // forward
        // def buoyancy(pos: wp.array2d(dtype=wp.vec3), spacing: float, probes: wp.array(dtype=wp.vec3), density: float, volume: float, forces: wp.array(dtype=wp.vec3)):       <L 48>
        // b = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // p = probes[b]                                                                          <L 50>
        var_1 = wp::address(var_probes, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gi = wp.clamp(int(p[0] / spacing), 0, pos.shape[0] - 1)                                <L 51>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::div(var_5, var_spacing);
        var_7 = wp::int(var_6);
        var_9 = &(var_pos.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = wp::clamp(var_7, var_8, var_14);
        // gj = wp.clamp(int(p[2] / spacing), 0, pos.shape[1] - 1)                                <L 52>
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::div(var_17, var_spacing);
        var_19 = wp::int(var_18);
        var_21 = &(var_pos.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::clamp(var_19, var_20, var_26);
        // h = pos[gi, gj][1]                                                                     <L 53>
        var_28 = wp::address(var_pos, var_15, var_27);
        var_31 = wp::load(var_28);
        var_30 = wp::extract(var_31, var_29);
        // depth = h - p[1]                                                                       <L 54>
        var_33 = wp::extract(var_2, var_32);
        var_34 = wp::sub(var_30, var_33);
        // if depth > 0.0:                                                                        <L 55>
        var_36 = (var_34 > var_35);
        if (var_36) {
            // submerged = wp.min(depth, 1.0)                                                     <L 56>
            var_38 = wp::min(var_34, var_37);
            // forces[b] = wp.vec3(0.0, density * GRAVITY * volume * submerged, 0.0)              <L 57>
            var_41 = wp::mul(var_density, var_40);
            var_42 = wp::mul(var_41, var_volume);
            var_43 = wp::mul(var_42, var_38);
            var_45 = wp::vec_t<3, wp::float32>(var_39, var_43, var_44);
            // wp::array_store(var_forces, var_0, var_45);
        }
        if (!var_36) {
            // forces[b] = wp.vec3()                                                              <L 59>
            var_46 = wp::vec_t<3, wp::float32>();
            // wp::array_store(var_forces, var_0, var_46);
        }
        //---------
        // reverse
        if (!var_36) {
            wp::adj_array_store(var_forces, var_0, var_46, adj_forces, adj_0, adj_46);
            // adj: forces[b] = wp.vec3()                                                         <L 59>
        }
        if (var_36) {
            wp::adj_array_store(var_forces, var_0, var_45, adj_forces, adj_0, adj_45);
            wp::adj_vec_t(var_39, var_43, var_44, adj_39, adj_43, adj_44, adj_45);
            wp::adj_mul(var_42, var_38, adj_42, adj_38, adj_43);
            wp::adj_mul(var_41, var_volume, adj_41, adj_volume, adj_42);
            wp::adj_mul(var_density, var_40, adj_density, adj_40, adj_41);
            // adj: forces[b] = wp.vec3(0.0, density * GRAVITY * volume * submerged, 0.0)         <L 57>
            wp::adj_min(var_34, var_37, adj_34, adj_37, adj_38);
            // adj: submerged = wp.min(depth, 1.0)                                                <L 56>
        }
        // adj: if depth > 0.0:                                                                   <L 55>
        wp::adj_sub(var_30, var_33, adj_30, adj_33, adj_34);
        wp::adj_extract(var_2, var_32, adj_2, adj_32, adj_33);
        // adj: depth = h - p[1]                                                                  <L 54>
        wp::adj_extract(var_31, var_29, adj_28, adj_29, adj_30);
        wp::adj_address(var_pos, var_15, var_27, adj_pos, adj_15, adj_27, adj_28);
        // adj: h = pos[gi, gj][1]                                                                <L 53>
        wp::adj_clamp(var_19, var_20, var_26, adj_19, adj_20, adj_26, adj_27);
        wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
        wp::adj_extract(var_24, var_22, adj_21, adj_22, adj_23);
        adj_pos.shape = adj_21;
        wp::adj_int(var_18, adj_18, adj_19);
        wp::adj_div(var_17, var_spacing, var_18, adj_17, adj_spacing, adj_18);
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
        // adj: gj = wp.clamp(int(p[2] / spacing), 0, pos.shape[1] - 1)                           <L 52>
        wp::adj_clamp(var_7, var_8, var_14, adj_7, adj_8, adj_14, adj_15);
        wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
        adj_pos.shape = adj_9;
        wp::adj_int(var_6, adj_6, adj_7);
        wp::adj_div(var_5, var_spacing, var_6, adj_5, adj_spacing, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: gi = wp.clamp(int(p[0] / spacing), 0, pos.shape[0] - 1)                           <L 51>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_probes, var_0, adj_probes, adj_0, adj_1);
        // adj: p = probes[b]                                                                     <L 50>
        // adj: b = wp.tid()                                                                      <L 49>
        // adj: def buoyancy(pos: wp.array2d(dtype=wp.vec3), spacing: float, probes: wp.array(dtype=wp.vec3), density: float, volume: float, forces: wp.array(dtype=wp.vec3)):  <L 48>
        continue;
    }
}



extern "C" __global__ void foam_mask_1c066df1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_nrm,
    wp::float32 var_threshold,
    wp::array_t<wp::uint8> var_foam,
    wp::array_t<wp::int32> var_coverage)
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
        wp::vec_t<3, wp::float32>* var_2;
        const wp::int32 var_3 = 1;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        bool var_6;
        const wp::int32 var_7 = 255;
        wp::uint8 var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::uint8 var_13;
        //---------
        // forward
        // def foam_mask(nrm: wp.array2d(dtype=wp.vec3), threshold: float, foam: wp.array2d(dtype=wp.uint8), coverage: wp.array(dtype=int)):       <L 63>
        // i, j = wp.tid()                                                                        <L 64>
        builtin_tid2d(var_0, var_1);
        // if nrm[i, j][1] < threshold:                                                           <L 65>
        var_2 = wp::address(var_nrm, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_4 < var_threshold);
        if (var_6) {
            // foam[i, j] = wp.uint8(255)                                                         <L 66>
            var_8 = wp::uint8(var_7);
            wp::array_store(var_foam, var_0, var_1, var_8);
            // wp.atomic_add(coverage, 0, 1)                                                      <L 67>
            var_11 = wp::atomic_add(var_coverage, var_9, var_10);
        }
        if (!var_6) {
            // foam[i, j] = wp.uint8(0)                                                           <L 69>
            var_13 = wp::uint8(var_12);
            wp::array_store(var_foam, var_0, var_1, var_13);
        }
    }
}



extern "C" __global__ void foam_mask_1c066df1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_nrm,
    wp::float32 var_threshold,
    wp::array_t<wp::uint8> var_foam,
    wp::array_t<wp::int32> var_coverage,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_nrm,
    wp::float32 adj_threshold,
    wp::array_t<wp::uint8> adj_foam,
    wp::array_t<wp::int32> adj_coverage)
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
        wp::vec_t<3, wp::float32>* var_2;
        const wp::int32 var_3 = 1;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        bool var_6;
        const wp::int32 var_7 = 255;
        wp::uint8 var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::uint8 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::uint8 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::uint8 adj_13 = {};
        //---------
        // forward
        // def foam_mask(nrm: wp.array2d(dtype=wp.vec3), threshold: float, foam: wp.array2d(dtype=wp.uint8), coverage: wp.array(dtype=int)):       <L 63>
        // i, j = wp.tid()                                                                        <L 64>
        builtin_tid2d(var_0, var_1);
        // if nrm[i, j][1] < threshold:                                                           <L 65>
        var_2 = wp::address(var_nrm, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_4 < var_threshold);
        if (var_6) {
            // foam[i, j] = wp.uint8(255)                                                         <L 66>
            var_8 = wp::uint8(var_7);
            // wp::array_store(var_foam, var_0, var_1, var_8);
            // wp.atomic_add(coverage, 0, 1)                                                      <L 67>
            // var_11 = wp::atomic_add(var_coverage, var_9, var_10);
        }
        if (!var_6) {
            // foam[i, j] = wp.uint8(0)                                                           <L 69>
            var_13 = wp::uint8(var_12);
            // wp::array_store(var_foam, var_0, var_1, var_13);
        }
        //---------
        // reverse
        if (!var_6) {
            wp::adj_array_store(var_foam, var_0, var_1, var_13, adj_foam, adj_0, adj_1, adj_13);
            wp::adj_uint8(var_12, adj_12, adj_13);
            // adj: foam[i, j] = wp.uint8(0)                                                      <L 69>
        }
        if (var_6) {
            wp::adj_atomic_add(var_coverage, var_9, var_10, adj_coverage, adj_9, adj_10, adj_11);
            // adj: wp.atomic_add(coverage, 0, 1)                                                 <L 67>
            wp::adj_array_store(var_foam, var_0, var_1, var_8, adj_foam, adj_0, adj_1, adj_8);
            wp::adj_uint8(var_7, adj_7, adj_8);
            // adj: foam[i, j] = wp.uint8(255)                                                    <L 66>
        }
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_nrm, var_0, var_1, adj_nrm, adj_0, adj_1, adj_2);
        // adj: if nrm[i, j][1] < threshold:                                                      <L 65>
        // adj: i, j = wp.tid()                                                                   <L 64>
        // adj: def foam_mask(nrm: wp.array2d(dtype=wp.vec3), threshold: float, foam: wp.array2d(dtype=wp.uint8), coverage: wp.array(dtype=int)):  <L 63>
        continue;
    }
}

