
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


struct Channel_3d85f966
{
    wp::float32 gain;
    wp::int8 pan;
    bool muted;
    wp::vec_t<5, wp::float32> taps;


    Channel_3d85f966() = default;
    CUDA_CALLABLE Channel_3d85f966(wp::float32 const& gain,
    wp::int8 const& pan = {},
    bool const& muted = {},
    wp::vec_t<5, wp::float32> const& taps = {})
        : gain{gain}
        , pan{pan}
        , muted{muted}
        , taps{taps}

    {
    }

    CUDA_CALLABLE Channel_3d85f966& operator += (const Channel_3d85f966& rhs)
    {    gain += rhs.gain;
    pan += rhs.pan;
    muted += rhs.muted;
    taps += rhs.taps;

        return *this;}

};

static CUDA_CALLABLE void adj_Channel_3d85f966(wp::float32 const&,
    wp::int8 const&,
    bool const&,
    wp::vec_t<5, wp::float32> const&,
    wp::float32 & adj_gain,
    wp::int8 & adj_pan,
    bool & adj_muted,
    wp::vec_t<5, wp::float32> & adj_taps,
    Channel_3d85f966 & adj_ret)
{
    adj_gain += adj_ret.gain;
    adj_pan += adj_ret.pan;
    adj_muted += adj_ret.muted;
    adj_taps += adj_ret.taps;
}

// Required when compiling adjoints.
CUDA_CALLABLE Channel_3d85f966 add(const Channel_3d85f966& a, const Channel_3d85f966& b)
{
    return Channel_3d85f966();
}

CUDA_CALLABLE void adj_atomic_add(Channel_3d85f966* p, Channel_3d85f966 t)
{
    wp::adj_atomic_add(&p->gain, t.gain);
    wp::adj_atomic_add(&p->pan, t.pan);
    wp::adj_atomic_add(&p->muted, t.muted);
    wp::adj_atomic_add(&p->taps, t.taps);
}



struct Mixer_7662cd46
{
    wp::array_t<Channel_3d85f966> channels;
    wp::float32 master;
    wp::mat_t<2, 2, wp::float32> limiter;
    wp::array_t<wp::float32> history;


    Mixer_7662cd46() = default;
    CUDA_CALLABLE Mixer_7662cd46(wp::array_t<Channel_3d85f966> const& channels,
    wp::float32 const& master = {},
    wp::mat_t<2, 2, wp::float32> const& limiter = {},
    wp::array_t<wp::float32> const& history = {})
        : channels{channels}
        , master{master}
        , limiter{limiter}
        , history{history}

    {
    }

    CUDA_CALLABLE Mixer_7662cd46& operator += (const Mixer_7662cd46& rhs)
    {    master += rhs.master;
    limiter += rhs.limiter;

        return *this;}

};

static CUDA_CALLABLE void adj_Mixer_7662cd46(wp::array_t<Channel_3d85f966> const&,
    wp::float32 const&,
    wp::mat_t<2, 2, wp::float32> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<Channel_3d85f966> & adj_channels,
    wp::float32 & adj_master,
    wp::mat_t<2, 2, wp::float32> & adj_limiter,
    wp::array_t<wp::float32> & adj_history,
    Mixer_7662cd46 & adj_ret)
{
    adj_channels = adj_ret.channels;
    adj_master += adj_ret.master;
    adj_limiter += adj_ret.limiter;
    adj_history = adj_ret.history;
}

// Required when compiling adjoints.
CUDA_CALLABLE Mixer_7662cd46 add(const Mixer_7662cd46& a, const Mixer_7662cd46& b)
{
    return Mixer_7662cd46();
}

CUDA_CALLABLE void adj_atomic_add(Mixer_7662cd46* p, Mixer_7662cd46 t)
{
    wp::adj_atomic_add(&p->channels, t.channels);
    wp::adj_atomic_add(&p->master, t.master);
    wp::adj_atomic_add(&p->limiter, t.limiter);
    wp::adj_atomic_add(&p->history, t.history);
}



struct Body_7387e49e
{
    wp::float32 new;
    wp::int32 default;
    wp::vec_t<3, wp::float32> template;
    wp::quat_t<wp::float32> delete;


    Body_7387e49e() = default;
    CUDA_CALLABLE Body_7387e49e(wp::float32 const& new,
    wp::int32 const& default = {},
    wp::vec_t<3, wp::float32> const& template = {},
    wp::quat_t<wp::float32> const& delete = {})
        : new{new}
        , default{default}
        , template{template}
        , delete{delete}

    {
    }

    CUDA_CALLABLE Body_7387e49e& operator += (const Body_7387e49e& rhs)
    {    new += rhs.new;
    default += rhs.default;
    template += rhs.template;
    delete += rhs.delete;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_7387e49e(wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::quat_t<wp::float32> const&,
    wp::float32 & adj_new,
    wp::int32 & adj_default,
    wp::vec_t<3, wp::float32> & adj_template,
    wp::quat_t<wp::float32> & adj_delete,
    Body_7387e49e & adj_ret)
{
    adj_new += adj_ret.new;
    adj_default += adj_ret.default;
    adj_template += adj_ret.template;
    adj_delete += adj_ret.delete;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_7387e49e add(const Body_7387e49e& a, const Body_7387e49e& b)
{
    return Body_7387e49e();
}

CUDA_CALLABLE void adj_atomic_add(Body_7387e49e* p, Body_7387e49e t)
{
    wp::adj_atomic_add(&p->new, t.new);
    wp::adj_atomic_add(&p->default, t.default);
    wp::adj_atomic_add(&p->template, t.template);
    wp::adj_atomic_add(&p->delete, t.delete);
}



// corpus/160_struct_mixer_keyword_fields.py:38
static CUDA_CALLABLE wp::float32 channel_sample_0(
    Channel_3d85f966 var_c,
    wp::array_t<wp::float32> var_hist,
    wp::int32 var_ch,
    wp::int32 var_t)
{
    //---------
    // primal vars
    bool* var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::vec_t<5, wp::float32>* var_10;
    wp::float32 var_11;
    wp::vec_t<5, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<5, wp::float32>* var_17;
    wp::float32 var_18;
    wp::vec_t<5, wp::float32> var_19;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 0;
    bool var_29;
    wp::vec_t<5, wp::float32>* var_30;
    wp::float32 var_31;
    wp::vec_t<5, wp::float32> var_32;
    wp::int32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<5, wp::float32>* var_37;
    wp::float32 var_38;
    wp::vec_t<5, wp::float32> var_39;
    wp::int32 var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 2;
    wp::int32 var_47;
    const wp::int32 var_48 = 0;
    bool var_49;
    wp::vec_t<5, wp::float32>* var_50;
    wp::float32 var_51;
    wp::vec_t<5, wp::float32> var_52;
    wp::int32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<5, wp::float32>* var_57;
    wp::float32 var_58;
    wp::vec_t<5, wp::float32> var_59;
    wp::int32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 3;
    wp::int32 var_67;
    const wp::int32 var_68 = 0;
    bool var_69;
    wp::vec_t<5, wp::float32>* var_70;
    wp::float32 var_71;
    wp::vec_t<5, wp::float32> var_72;
    wp::int32 var_73;
    wp::float32* var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::vec_t<5, wp::float32>* var_77;
    wp::float32 var_78;
    wp::vec_t<5, wp::float32> var_79;
    wp::int32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 4;
    wp::int32 var_87;
    const wp::int32 var_88 = 0;
    bool var_89;
    wp::vec_t<5, wp::float32>* var_90;
    wp::float32 var_91;
    wp::vec_t<5, wp::float32> var_92;
    wp::int32 var_93;
    wp::float32* var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::vec_t<5, wp::float32>* var_97;
    wp::float32 var_98;
    wp::vec_t<5, wp::float32> var_99;
    wp::int32 var_100;
    wp::float32* var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    //---------
    // forward
    // def channel_sample(c: Channel, hist: wp.array2d(dtype=float), ch: int, t: int) -> float:       <L 39>
    // if c.muted:                                                                            <L 40>
    var_0 = &(var_c.muted);
    var_1 = wp::load(var_0);
    if (var_1) {
        // return 0.0                                                                         <L 41>
        return var_2;
    }
    var_3 = wp::load(var_0);
    // acc = float(0.0)                                                                       <L 42>
    var_5 = wp::float(var_4);
    // for k in range(5):                                                                     <L 43>
    // if t - k >= 0:                                                                         <L 44>
    var_7 = wp::sub(var_t, var_6);
    var_9 = (var_7 >= var_8);
    if (var_9) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_10 = &(var_c.taps);
        var_12 = wp::load(var_10);
        var_11 = wp::extract(var_12, var_6);
        var_13 = wp::sub(var_t, var_6);
        var_14 = wp::address(var_hist, var_ch, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_11, var_16);
        var_17 = &(var_c.taps);
        var_19 = wp::load(var_17);
        var_18 = wp::extract(var_19, var_6);
        var_20 = wp::sub(var_t, var_6);
        var_21 = wp::address(var_hist, var_ch, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::mul(var_18, var_23);
        var_24 = wp::add(var_5, var_22);
    }
    var_25 = wp::where(var_9, var_24, var_5);
    // if t - k >= 0:                                                                         <L 44>
    var_27 = wp::sub(var_t, var_26);
    var_29 = (var_27 >= var_28);
    if (var_29) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_30 = &(var_c.taps);
        var_32 = wp::load(var_30);
        var_31 = wp::extract(var_32, var_26);
        var_33 = wp::sub(var_t, var_26);
        var_34 = wp::address(var_hist, var_ch, var_33);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_31, var_36);
        var_37 = &(var_c.taps);
        var_39 = wp::load(var_37);
        var_38 = wp::extract(var_39, var_26);
        var_40 = wp::sub(var_t, var_26);
        var_41 = wp::address(var_hist, var_ch, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_38, var_43);
        var_44 = wp::add(var_25, var_42);
    }
    var_45 = wp::where(var_29, var_44, var_25);
    // if t - k >= 0:                                                                         <L 44>
    var_47 = wp::sub(var_t, var_46);
    var_49 = (var_47 >= var_48);
    if (var_49) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_50 = &(var_c.taps);
        var_52 = wp::load(var_50);
        var_51 = wp::extract(var_52, var_46);
        var_53 = wp::sub(var_t, var_46);
        var_54 = wp::address(var_hist, var_ch, var_53);
        var_56 = wp::load(var_54);
        var_55 = wp::mul(var_51, var_56);
        var_57 = &(var_c.taps);
        var_59 = wp::load(var_57);
        var_58 = wp::extract(var_59, var_46);
        var_60 = wp::sub(var_t, var_46);
        var_61 = wp::address(var_hist, var_ch, var_60);
        var_63 = wp::load(var_61);
        var_62 = wp::mul(var_58, var_63);
        var_64 = wp::add(var_45, var_62);
    }
    var_65 = wp::where(var_49, var_64, var_45);
    // if t - k >= 0:                                                                         <L 44>
    var_67 = wp::sub(var_t, var_66);
    var_69 = (var_67 >= var_68);
    if (var_69) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_70 = &(var_c.taps);
        var_72 = wp::load(var_70);
        var_71 = wp::extract(var_72, var_66);
        var_73 = wp::sub(var_t, var_66);
        var_74 = wp::address(var_hist, var_ch, var_73);
        var_76 = wp::load(var_74);
        var_75 = wp::mul(var_71, var_76);
        var_77 = &(var_c.taps);
        var_79 = wp::load(var_77);
        var_78 = wp::extract(var_79, var_66);
        var_80 = wp::sub(var_t, var_66);
        var_81 = wp::address(var_hist, var_ch, var_80);
        var_83 = wp::load(var_81);
        var_82 = wp::mul(var_78, var_83);
        var_84 = wp::add(var_65, var_82);
    }
    var_85 = wp::where(var_69, var_84, var_65);
    // if t - k >= 0:                                                                         <L 44>
    var_87 = wp::sub(var_t, var_86);
    var_89 = (var_87 >= var_88);
    if (var_89) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_90 = &(var_c.taps);
        var_92 = wp::load(var_90);
        var_91 = wp::extract(var_92, var_86);
        var_93 = wp::sub(var_t, var_86);
        var_94 = wp::address(var_hist, var_ch, var_93);
        var_96 = wp::load(var_94);
        var_95 = wp::mul(var_91, var_96);
        var_97 = &(var_c.taps);
        var_99 = wp::load(var_97);
        var_98 = wp::extract(var_99, var_86);
        var_100 = wp::sub(var_t, var_86);
        var_101 = wp::address(var_hist, var_ch, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::mul(var_98, var_103);
        var_104 = wp::add(var_85, var_102);
    }
    var_105 = wp::where(var_89, var_104, var_85);
    // return acc * float(c.gain)                                                             <L 46>
    var_106 = &(var_c.gain);
    var_108 = wp::load(var_106);
    var_107 = wp::float(var_108);
    var_109 = wp::mul(var_105, var_107);
    return var_109;
}


// corpus/160_struct_mixer_keyword_fields.py:38
static CUDA_CALLABLE void adj_channel_sample_0(
    Channel_3d85f966 var_c,
    wp::array_t<wp::float32> var_hist,
    wp::int32 var_ch,
    wp::int32 var_t,
    Channel_3d85f966 & adj_c,
    wp::array_t<wp::float32> & adj_hist,
    wp::int32 & adj_ch,
    wp::int32 & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool* var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::vec_t<5, wp::float32>* var_10;
    wp::float32 var_11;
    wp::vec_t<5, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<5, wp::float32>* var_17;
    wp::float32 var_18;
    wp::vec_t<5, wp::float32> var_19;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 0;
    bool var_29;
    wp::vec_t<5, wp::float32>* var_30;
    wp::float32 var_31;
    wp::vec_t<5, wp::float32> var_32;
    wp::int32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<5, wp::float32>* var_37;
    wp::float32 var_38;
    wp::vec_t<5, wp::float32> var_39;
    wp::int32 var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 2;
    wp::int32 var_47;
    const wp::int32 var_48 = 0;
    bool var_49;
    wp::vec_t<5, wp::float32>* var_50;
    wp::float32 var_51;
    wp::vec_t<5, wp::float32> var_52;
    wp::int32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<5, wp::float32>* var_57;
    wp::float32 var_58;
    wp::vec_t<5, wp::float32> var_59;
    wp::int32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 3;
    wp::int32 var_67;
    const wp::int32 var_68 = 0;
    bool var_69;
    wp::vec_t<5, wp::float32>* var_70;
    wp::float32 var_71;
    wp::vec_t<5, wp::float32> var_72;
    wp::int32 var_73;
    wp::float32* var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::vec_t<5, wp::float32>* var_77;
    wp::float32 var_78;
    wp::vec_t<5, wp::float32> var_79;
    wp::int32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 4;
    wp::int32 var_87;
    const wp::int32 var_88 = 0;
    bool var_89;
    wp::vec_t<5, wp::float32>* var_90;
    wp::float32 var_91;
    wp::vec_t<5, wp::float32> var_92;
    wp::int32 var_93;
    wp::float32* var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::vec_t<5, wp::float32>* var_97;
    wp::float32 var_98;
    wp::vec_t<5, wp::float32> var_99;
    wp::int32 var_100;
    wp::float32* var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    //---------
    // dual vars
    bool adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<5, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<5, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<5, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<5, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
    wp::vec_t<5, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<5, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<5, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<5, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    bool adj_49 = {};
    wp::vec_t<5, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<5, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<5, wp::float32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::vec_t<5, wp::float32> adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    bool adj_69 = {};
    wp::vec_t<5, wp::float32> adj_70 = {};
    wp::float32 adj_71 = {};
    wp::vec_t<5, wp::float32> adj_72 = {};
    wp::int32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::vec_t<5, wp::float32> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<5, wp::float32> adj_79 = {};
    wp::int32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    bool adj_89 = {};
    wp::vec_t<5, wp::float32> adj_90 = {};
    wp::float32 adj_91 = {};
    wp::vec_t<5, wp::float32> adj_92 = {};
    wp::int32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::vec_t<5, wp::float32> adj_97 = {};
    wp::float32 adj_98 = {};
    wp::vec_t<5, wp::float32> adj_99 = {};
    wp::int32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    //---------
    // forward
    // def channel_sample(c: Channel, hist: wp.array2d(dtype=float), ch: int, t: int) -> float:       <L 39>
    // if c.muted:                                                                            <L 40>
    var_0 = &(var_c.muted);
    var_1 = wp::load(var_0);
    if (var_1) {
        // return 0.0                                                                         <L 41>
        goto label0;
    }
    var_3 = wp::load(var_0);
    // acc = float(0.0)                                                                       <L 42>
    var_5 = wp::float(var_4);
    // for k in range(5):                                                                     <L 43>
    // if t - k >= 0:                                                                         <L 44>
    var_7 = wp::sub(var_t, var_6);
    var_9 = (var_7 >= var_8);
    if (var_9) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_10 = &(var_c.taps);
        var_12 = wp::load(var_10);
        var_11 = wp::extract(var_12, var_6);
        var_13 = wp::sub(var_t, var_6);
        var_14 = wp::address(var_hist, var_ch, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_11, var_16);
        var_17 = &(var_c.taps);
        var_19 = wp::load(var_17);
        var_18 = wp::extract(var_19, var_6);
        var_20 = wp::sub(var_t, var_6);
        var_21 = wp::address(var_hist, var_ch, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::mul(var_18, var_23);
        var_24 = wp::add(var_5, var_22);
    }
    var_25 = wp::where(var_9, var_24, var_5);
    // if t - k >= 0:                                                                         <L 44>
    var_27 = wp::sub(var_t, var_26);
    var_29 = (var_27 >= var_28);
    if (var_29) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_30 = &(var_c.taps);
        var_32 = wp::load(var_30);
        var_31 = wp::extract(var_32, var_26);
        var_33 = wp::sub(var_t, var_26);
        var_34 = wp::address(var_hist, var_ch, var_33);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_31, var_36);
        var_37 = &(var_c.taps);
        var_39 = wp::load(var_37);
        var_38 = wp::extract(var_39, var_26);
        var_40 = wp::sub(var_t, var_26);
        var_41 = wp::address(var_hist, var_ch, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_38, var_43);
        var_44 = wp::add(var_25, var_42);
    }
    var_45 = wp::where(var_29, var_44, var_25);
    // if t - k >= 0:                                                                         <L 44>
    var_47 = wp::sub(var_t, var_46);
    var_49 = (var_47 >= var_48);
    if (var_49) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_50 = &(var_c.taps);
        var_52 = wp::load(var_50);
        var_51 = wp::extract(var_52, var_46);
        var_53 = wp::sub(var_t, var_46);
        var_54 = wp::address(var_hist, var_ch, var_53);
        var_56 = wp::load(var_54);
        var_55 = wp::mul(var_51, var_56);
        var_57 = &(var_c.taps);
        var_59 = wp::load(var_57);
        var_58 = wp::extract(var_59, var_46);
        var_60 = wp::sub(var_t, var_46);
        var_61 = wp::address(var_hist, var_ch, var_60);
        var_63 = wp::load(var_61);
        var_62 = wp::mul(var_58, var_63);
        var_64 = wp::add(var_45, var_62);
    }
    var_65 = wp::where(var_49, var_64, var_45);
    // if t - k >= 0:                                                                         <L 44>
    var_67 = wp::sub(var_t, var_66);
    var_69 = (var_67 >= var_68);
    if (var_69) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_70 = &(var_c.taps);
        var_72 = wp::load(var_70);
        var_71 = wp::extract(var_72, var_66);
        var_73 = wp::sub(var_t, var_66);
        var_74 = wp::address(var_hist, var_ch, var_73);
        var_76 = wp::load(var_74);
        var_75 = wp::mul(var_71, var_76);
        var_77 = &(var_c.taps);
        var_79 = wp::load(var_77);
        var_78 = wp::extract(var_79, var_66);
        var_80 = wp::sub(var_t, var_66);
        var_81 = wp::address(var_hist, var_ch, var_80);
        var_83 = wp::load(var_81);
        var_82 = wp::mul(var_78, var_83);
        var_84 = wp::add(var_65, var_82);
    }
    var_85 = wp::where(var_69, var_84, var_65);
    // if t - k >= 0:                                                                         <L 44>
    var_87 = wp::sub(var_t, var_86);
    var_89 = (var_87 >= var_88);
    if (var_89) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_90 = &(var_c.taps);
        var_92 = wp::load(var_90);
        var_91 = wp::extract(var_92, var_86);
        var_93 = wp::sub(var_t, var_86);
        var_94 = wp::address(var_hist, var_ch, var_93);
        var_96 = wp::load(var_94);
        var_95 = wp::mul(var_91, var_96);
        var_97 = &(var_c.taps);
        var_99 = wp::load(var_97);
        var_98 = wp::extract(var_99, var_86);
        var_100 = wp::sub(var_t, var_86);
        var_101 = wp::address(var_hist, var_ch, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::mul(var_98, var_103);
        var_104 = wp::add(var_85, var_102);
    }
    var_105 = wp::where(var_89, var_104, var_85);
    // return acc * float(c.gain)                                                             <L 46>
    var_106 = &(var_c.gain);
    var_108 = wp::load(var_106);
    var_107 = wp::float(var_108);
    var_109 = wp::mul(var_105, var_107);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_109 += adj_ret;
    wp::adj_mul(var_105, var_107, adj_105, adj_107, adj_109);
    wp::adj_float(var_108, adj_106, adj_107);
    adj_c.gain += adj_106;
    // adj: return acc * float(c.gain)                                                        <L 46>
    wp::adj_where(var_89, var_104, var_85, adj_89, adj_104, adj_85, adj_105);
    if (var_89) {
        wp::adj_add(var_85, var_102, adj_85, adj_102, adj_104);
        wp::adj_mul(var_98, var_103, adj_98, adj_101, adj_102);
        wp::adj_address(var_hist, var_ch, var_100, adj_hist, adj_ch, adj_100, adj_101);
        wp::adj_sub(var_t, var_86, adj_t, adj_86, adj_100);
        wp::adj_extract(var_99, var_86, adj_97, adj_86, adj_98);
        adj_c.taps += adj_97;
        wp::adj_mul(var_91, var_96, adj_91, adj_94, adj_95);
        wp::adj_address(var_hist, var_ch, var_93, adj_hist, adj_ch, adj_93, adj_94);
        wp::adj_sub(var_t, var_86, adj_t, adj_86, adj_93);
        wp::adj_extract(var_92, var_86, adj_90, adj_86, adj_91);
        adj_c.taps += adj_90;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_86, adj_t, adj_86, adj_87);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_69, var_84, var_65, adj_69, adj_84, adj_65, adj_85);
    if (var_69) {
        wp::adj_add(var_65, var_82, adj_65, adj_82, adj_84);
        wp::adj_mul(var_78, var_83, adj_78, adj_81, adj_82);
        wp::adj_address(var_hist, var_ch, var_80, adj_hist, adj_ch, adj_80, adj_81);
        wp::adj_sub(var_t, var_66, adj_t, adj_66, adj_80);
        wp::adj_extract(var_79, var_66, adj_77, adj_66, adj_78);
        adj_c.taps += adj_77;
        wp::adj_mul(var_71, var_76, adj_71, adj_74, adj_75);
        wp::adj_address(var_hist, var_ch, var_73, adj_hist, adj_ch, adj_73, adj_74);
        wp::adj_sub(var_t, var_66, adj_t, adj_66, adj_73);
        wp::adj_extract(var_72, var_66, adj_70, adj_66, adj_71);
        adj_c.taps += adj_70;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_66, adj_t, adj_66, adj_67);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_49, var_64, var_45, adj_49, adj_64, adj_45, adj_65);
    if (var_49) {
        wp::adj_add(var_45, var_62, adj_45, adj_62, adj_64);
        wp::adj_mul(var_58, var_63, adj_58, adj_61, adj_62);
        wp::adj_address(var_hist, var_ch, var_60, adj_hist, adj_ch, adj_60, adj_61);
        wp::adj_sub(var_t, var_46, adj_t, adj_46, adj_60);
        wp::adj_extract(var_59, var_46, adj_57, adj_46, adj_58);
        adj_c.taps += adj_57;
        wp::adj_mul(var_51, var_56, adj_51, adj_54, adj_55);
        wp::adj_address(var_hist, var_ch, var_53, adj_hist, adj_ch, adj_53, adj_54);
        wp::adj_sub(var_t, var_46, adj_t, adj_46, adj_53);
        wp::adj_extract(var_52, var_46, adj_50, adj_46, adj_51);
        adj_c.taps += adj_50;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_46, adj_t, adj_46, adj_47);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_29, var_44, var_25, adj_29, adj_44, adj_25, adj_45);
    if (var_29) {
        wp::adj_add(var_25, var_42, adj_25, adj_42, adj_44);
        wp::adj_mul(var_38, var_43, adj_38, adj_41, adj_42);
        wp::adj_address(var_hist, var_ch, var_40, adj_hist, adj_ch, adj_40, adj_41);
        wp::adj_sub(var_t, var_26, adj_t, adj_26, adj_40);
        wp::adj_extract(var_39, var_26, adj_37, adj_26, adj_38);
        adj_c.taps += adj_37;
        wp::adj_mul(var_31, var_36, adj_31, adj_34, adj_35);
        wp::adj_address(var_hist, var_ch, var_33, adj_hist, adj_ch, adj_33, adj_34);
        wp::adj_sub(var_t, var_26, adj_t, adj_26, adj_33);
        wp::adj_extract(var_32, var_26, adj_30, adj_26, adj_31);
        adj_c.taps += adj_30;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_26, adj_t, adj_26, adj_27);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_9, var_24, var_5, adj_9, adj_24, adj_5, adj_25);
    if (var_9) {
        wp::adj_add(var_5, var_22, adj_5, adj_22, adj_24);
        wp::adj_mul(var_18, var_23, adj_18, adj_21, adj_22);
        wp::adj_address(var_hist, var_ch, var_20, adj_hist, adj_ch, adj_20, adj_21);
        wp::adj_sub(var_t, var_6, adj_t, adj_6, adj_20);
        wp::adj_extract(var_19, var_6, adj_17, adj_6, adj_18);
        adj_c.taps += adj_17;
        wp::adj_mul(var_11, var_16, adj_11, adj_14, adj_15);
        wp::adj_address(var_hist, var_ch, var_13, adj_hist, adj_ch, adj_13, adj_14);
        wp::adj_sub(var_t, var_6, adj_t, adj_6, adj_13);
        wp::adj_extract(var_12, var_6, adj_10, adj_6, adj_11);
        adj_c.taps += adj_10;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_6, adj_t, adj_6, adj_7);
    // adj: if t - k >= 0:                                                                    <L 44>
    // adj: for k in range(5):                                                                <L 43>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: acc = float(0.0)                                                                  <L 42>
    if (var_3) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0.0                                                                    <L 41>
    }
    adj_c.muted = adj_0;
    // adj: if c.muted:                                                                       <L 40>
    // adj: def channel_sample(c: Channel, hist: wp.array2d(dtype=float), ch: int, t: int) -> float:  <L 39>
    return;
}



extern "C" __global__ void mix_91a991fd_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    Mixer_7662cd46 var_m,
    wp::int32 var_t,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        wp::array_t<Channel_3d85f966>* var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::array_t<Channel_3d85f966>* var_12;
        Channel_3d85f966* var_13;
        wp::array_t<Channel_3d85f966> var_14;
        Channel_3d85f966 var_15;
        Channel_3d85f966 var_16;
        wp::array_t<wp::float32>* var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::array_t<wp::float32> var_20;
        wp::int8* var_21;
        wp::float32 var_22;
        wp::int8 var_23;
        const wp::float32 var_24 = 127.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.5;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.5;
        wp::float32 var_41;
        const wp::float32 var_42 = 1.0;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.5;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::mat_t<2, 2, wp::float32>* var_48;
        wp::vec_t<2, wp::float32> var_49;
        wp::vec_t<2, wp::float32> var_50;
        wp::mat_t<2, 2, wp::float32> var_51;
        wp::float32* var_52;
        wp::vec_t<2, wp::float32> var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        const wp::float32 var_57 = 1.0;
        const wp::float32 var_58 = -1.0;
        const wp::float32 var_59 = 1.0;
        wp::float32 var_60;
        const wp::int32 var_61 = 1;
        wp::float32 var_62;
        const wp::float32 var_63 = 1.0;
        const wp::float32 var_64 = -1.0;
        const wp::float32 var_65 = 1.0;
        wp::float32 var_66;
        wp::vec_t<2, wp::float32> var_67;
        //---------
        // forward
        // def mix(m: Mixer, t: int, out: wp.array(dtype=wp.vec2)):                               <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // left = float(0.0)                                                                      <L 52>
        var_2 = wp::float(var_1);
        // right = float(0.0)                                                                     <L 53>
        var_4 = wp::float(var_3);
        // for ch in range(m.channels.shape[0]):                                                  <L 54>
        var_5 = &(var_m.channels);
        var_6 = &(var_5->shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::range(var_8);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // c = m.channels[ch]                                                                 <L 55>
            var_12 = &(var_m.channels);
            var_14 = wp::load(var_12);
            var_13 = wp::address(var_14, var_11);
            var_16 = wp::load(var_13);
            var_15 = wp::copy(var_16);
            // s = channel_sample(c, m.history, ch, t + i)                                        <L 56>
            var_17 = &(var_m.history);
            var_18 = wp::add(var_t, var_0);
            var_20 = wp::load(var_17);
            var_19 = channel_sample_0(var_15, var_20, var_11, var_18);
            // p = float(c.pan) / 127.0                                                           <L 57>
            var_21 = &(var_15.pan);
            var_23 = wp::load(var_21);
            var_22 = wp::float(var_23);
            var_25 = wp::div(var_22, var_24);
            // left += s * (1.0 - p) * 0.5                                                        <L 58>
            var_27 = wp::sub(var_26, var_25);
            var_28 = wp::mul(var_19, var_27);
            var_30 = wp::mul(var_28, var_29);
            var_32 = wp::sub(var_31, var_25);
            var_33 = wp::mul(var_19, var_32);
            var_35 = wp::mul(var_33, var_34);
            var_36 = wp::add(var_2, var_35);
            // right += s * (1.0 + p) * 0.5                                                       <L 59>
            var_38 = wp::add(var_37, var_25);
            var_39 = wp::mul(var_19, var_38);
            var_41 = wp::mul(var_39, var_40);
            var_43 = wp::add(var_42, var_25);
            var_44 = wp::mul(var_19, var_43);
            var_46 = wp::mul(var_44, var_45);
            var_47 = wp::add(var_4, var_46);
            wp::assign(var_2, var_36);
            wp::assign(var_4, var_47);
            goto start_for_0;
        end_for_0:;
        // v = m.limiter * wp.vec2(left, right) * m.master                                        <L 60>
        var_48 = &(var_m.limiter);
        var_49 = wp::vec_t<2, wp::float32>(var_2, var_4);
        var_51 = wp::load(var_48);
        var_50 = wp::mul(var_51, var_49);
        var_52 = &(var_m.master);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_50, var_54);
        // out[i] = wp.vec2(wp.clamp(v[0], -1.0, 1.0), wp.clamp(v[1], -1.0, 1.0))                 <L 61>
        var_56 = wp::extract(var_53, var_55);
        var_60 = wp::clamp(var_56, var_58, var_59);
        var_62 = wp::extract(var_53, var_61);
        var_66 = wp::clamp(var_62, var_64, var_65);
        var_67 = wp::vec_t<2, wp::float32>(var_60, var_66);
        wp::array_store(var_out, var_0, var_67);
    }
}



extern "C" __global__ void mix_91a991fd_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    Mixer_7662cd46 var_m,
    wp::int32 var_t,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out,
    Mixer_7662cd46 adj_m,
    wp::int32 adj_t,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        wp::array_t<Channel_3d85f966>* var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::array_t<Channel_3d85f966>* var_12;
        Channel_3d85f966* var_13;
        wp::array_t<Channel_3d85f966> var_14;
        Channel_3d85f966 var_15;
        Channel_3d85f966 var_16;
        wp::array_t<wp::float32>* var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::array_t<wp::float32> var_20;
        wp::int8* var_21;
        wp::float32 var_22;
        wp::int8 var_23;
        const wp::float32 var_24 = 127.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.5;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.5;
        wp::float32 var_41;
        const wp::float32 var_42 = 1.0;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.5;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::mat_t<2, 2, wp::float32>* var_48;
        wp::vec_t<2, wp::float32> var_49;
        wp::vec_t<2, wp::float32> var_50;
        wp::mat_t<2, 2, wp::float32> var_51;
        wp::float32* var_52;
        wp::vec_t<2, wp::float32> var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        const wp::float32 var_57 = 1.0;
        const wp::float32 var_58 = -1.0;
        const wp::float32 var_59 = 1.0;
        wp::float32 var_60;
        const wp::int32 var_61 = 1;
        wp::float32 var_62;
        const wp::float32 var_63 = 1.0;
        const wp::float32 var_64 = -1.0;
        const wp::float32 var_65 = 1.0;
        wp::float32 var_66;
        wp::vec_t<2, wp::float32> var_67;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::array_t<Channel_3d85f966> adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::array_t<Channel_3d85f966> adj_12 = {};
        Channel_3d85f966 adj_13 = {};
        wp::array_t<Channel_3d85f966> adj_14 = {};
        Channel_3d85f966 adj_15 = {};
        Channel_3d85f966 adj_16 = {};
        wp::array_t<wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::array_t<wp::float32> adj_20 = {};
        wp::int8 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int8 adj_23 = {};
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
        wp::mat_t<2, 2, wp::float32> adj_48 = {};
        wp::vec_t<2, wp::float32> adj_49 = {};
        wp::vec_t<2, wp::float32> adj_50 = {};
        wp::mat_t<2, 2, wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<2, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::vec_t<2, wp::float32> adj_67 = {};
        //---------
        // forward
        // def mix(m: Mixer, t: int, out: wp.array(dtype=wp.vec2)):                               <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // left = float(0.0)                                                                      <L 52>
        var_2 = wp::float(var_1);
        // right = float(0.0)                                                                     <L 53>
        var_4 = wp::float(var_3);
        // for ch in range(m.channels.shape[0]):                                                  <L 54>
        var_5 = &(var_m.channels);
        var_6 = &(var_5->shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::range(var_8);
        // v = m.limiter * wp.vec2(left, right) * m.master                                        <L 60>
        var_48 = &(var_m.limiter);
        var_49 = wp::vec_t<2, wp::float32>(var_2, var_4);
        var_51 = wp::load(var_48);
        var_50 = wp::mul(var_51, var_49);
        var_52 = &(var_m.master);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_50, var_54);
        // out[i] = wp.vec2(wp.clamp(v[0], -1.0, 1.0), wp.clamp(v[1], -1.0, 1.0))                 <L 61>
        var_56 = wp::extract(var_53, var_55);
        var_60 = wp::clamp(var_56, var_58, var_59);
        var_62 = wp::extract(var_53, var_61);
        var_66 = wp::clamp(var_62, var_64, var_65);
        var_67 = wp::vec_t<2, wp::float32>(var_60, var_66);
        // wp::array_store(var_out, var_0, var_67);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_67, adj_out, adj_0, adj_67);
        wp::adj_vec_t(var_60, var_66, adj_60, adj_66, adj_67);
        wp::adj_clamp(var_62, var_64, var_65, adj_62, adj_64, adj_65, adj_66);
        wp::adj_extract(var_53, var_61, adj_53, adj_61, adj_62);
        wp::adj_clamp(var_56, var_58, var_59, adj_56, adj_58, adj_59, adj_60);
        wp::adj_extract(var_53, var_55, adj_53, adj_55, adj_56);
        // adj: out[i] = wp.vec2(wp.clamp(v[0], -1.0, 1.0), wp.clamp(v[1], -1.0, 1.0))            <L 61>
        wp::adj_mul(var_50, var_54, adj_50, adj_52, adj_53);
        adj_m.master += adj_52;
        wp::adj_mul(var_51, var_49, adj_48, adj_49, adj_50);
        wp::adj_vec_t(var_2, var_4, adj_2, adj_4, adj_49);
        adj_m.limiter += adj_48;
        // adj: v = m.limiter * wp.vec2(left, right) * m.master                                   <L 60>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
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
            // c = m.channels[ch]                                                                 <L 55>
            var_12 = &(var_m.channels);
            var_14 = wp::load(var_12);
            var_13 = wp::address(var_14, var_11);
            var_16 = wp::load(var_13);
            var_15 = wp::copy(var_16);
            // s = channel_sample(c, m.history, ch, t + i)                                        <L 56>
            var_17 = &(var_m.history);
            var_18 = wp::add(var_t, var_0);
            var_20 = wp::load(var_17);
            var_19 = channel_sample_0(var_15, var_20, var_11, var_18);
            // p = float(c.pan) / 127.0                                                           <L 57>
            var_21 = &(var_15.pan);
            var_23 = wp::load(var_21);
            var_22 = wp::float(var_23);
            var_25 = wp::div(var_22, var_24);
            // left += s * (1.0 - p) * 0.5                                                        <L 58>
            var_27 = wp::sub(var_26, var_25);
            var_28 = wp::mul(var_19, var_27);
            var_30 = wp::mul(var_28, var_29);
            var_32 = wp::sub(var_31, var_25);
            var_33 = wp::mul(var_19, var_32);
            var_35 = wp::mul(var_33, var_34);
            var_36 = wp::add(var_2, var_35);
            // right += s * (1.0 + p) * 0.5                                                       <L 59>
            var_38 = wp::add(var_37, var_25);
            var_39 = wp::mul(var_19, var_38);
            var_41 = wp::mul(var_39, var_40);
            var_43 = wp::add(var_42, var_25);
            var_44 = wp::mul(var_19, var_43);
            var_46 = wp::mul(var_44, var_45);
            var_47 = wp::add(var_4, var_46);
            wp::assign(var_2, var_36);
            wp::assign(var_4, var_47);
            wp::adj_assign(var_4, var_47, adj_4, adj_47);
            wp::adj_assign(var_2, var_36, adj_2, adj_36);
            wp::adj_add(var_4, var_46, adj_4, adj_46, adj_47);
            wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
            wp::adj_mul(var_19, var_43, adj_19, adj_43, adj_44);
            wp::adj_add(var_42, var_25, adj_42, adj_25, adj_43);
            wp::adj_mul(var_39, var_40, adj_39, adj_40, adj_41);
            wp::adj_mul(var_19, var_38, adj_19, adj_38, adj_39);
            wp::adj_add(var_37, var_25, adj_37, adj_25, adj_38);
            // adj: right += s * (1.0 + p) * 0.5                                                  <L 59>
            wp::adj_add(var_2, var_35, adj_2, adj_35, adj_36);
            wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
            wp::adj_mul(var_19, var_32, adj_19, adj_32, adj_33);
            wp::adj_sub(var_31, var_25, adj_31, adj_25, adj_32);
            wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
            wp::adj_mul(var_19, var_27, adj_19, adj_27, adj_28);
            wp::adj_sub(var_26, var_25, adj_26, adj_25, adj_27);
            // adj: left += s * (1.0 - p) * 0.5                                                   <L 58>
            wp::adj_div(var_22, var_24, var_25, adj_22, adj_24, adj_25);
            wp::adj_float(var_23, adj_21, adj_22);
            adj_15.pan = adj_21;
            // adj: p = float(c.pan) / 127.0                                                      <L 57>
            adj_channel_sample_0(var_15, var_20, var_11, var_18, adj_15, adj_17, adj_11, adj_18, adj_19);
            wp::adj_add(var_t, var_0, adj_t, adj_0, adj_18);
            adj_m.history = adj_17;
            // adj: s = channel_sample(c, m.history, ch, t + i)                                   <L 56>
            wp::adj_copy(var_16, adj_13, adj_15);
            wp::adj_address(var_14, var_11, adj_12, adj_11, adj_13);
            adj_m.channels = adj_12;
            // adj: c = m.channels[ch]                                                            <L 55>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_8, adj_8, adj_10);
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_5.shape = adj_6;
        adj_m.channels = adj_5;
        // adj: for ch in range(m.channels.shape[0]):                                             <L 54>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: right = float(0.0)                                                                <L 53>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: left = float(0.0)                                                                 <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def mix(m: Mixer, t: int, out: wp.array(dtype=wp.vec2)):                          <L 50>
        continue;
    }
}



extern "C" __global__ void set_channels_9bf2727f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Channel_3d85f966> var_chs,
    wp::array_t<wp::float32> var_gains)
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
        Channel_3d85f966* var_1;
        Channel_3d85f966 var_2;
        Channel_3d85f966 var_3;
        wp::float32* var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        const wp::float32 var_8 = 0.0;
        bool var_9;
        wp::float32 var_10;
        bool* var_11;
        const wp::int32 var_12 = 3;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int8 var_16;
        const wp::int32 var_17 = 100;
        wp::int8 var_18;
        wp::int8 var_19;
        wp::int8* var_20;
        const wp::float32 var_21 = 0.5;
        const wp::float32 var_22 = 0.25;
        const wp::float32 var_23 = 0.125;
        const wp::float32 var_24 = 0.0625;
        const wp::float32 var_25 = 0.0625;
        wp::vec_t<5, wp::float32> var_26;
        wp::vec_t<5, wp::float32>* var_27;
        //---------
        // forward
        // def set_channels(chs: wp.array(dtype=Channel), gains: wp.array(dtype=float)):          <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // c = chs[i]                                                                             <L 67>
        var_1 = wp::address(var_chs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c.gain = gains[i]                                                                      <L 68>
        var_4 = wp::address(var_gains, var_0);
        var_5 = &(var_2.gain);
        var_6 = wp::load(var_4);
        wp::store(var_5, var_6);
        // c.muted = gains[i] == 0.0                                                              <L 69>
        var_7 = wp::address(var_gains, var_0);
        var_10 = wp::load(var_7);
        var_9 = (var_10 == var_8);
        var_11 = &(var_2.muted);
        wp::store(var_11, var_9);
        // c.pan = wp.int8(i % 3 - 1) * wp.int8(100)                                              <L 70>
        var_13 = wp::mod(var_0, var_12);
        var_15 = wp::sub(var_13, var_14);
        var_16 = wp::int8(var_15);
        var_18 = wp::int8(var_17);
        var_19 = wp::mul(var_16, var_18);
        var_20 = &(var_2.pan);
        wp::store(var_20, var_19);
        // c.taps = vec5(0.5, 0.25, 0.125, 0.0625, 0.0625)                                        <L 71>
        var_26 = wp::vec_t<5, wp::float32>({var_21, var_22, var_23, var_24, var_25});
        var_27 = &(var_2.taps);
        wp::store(var_27, var_26);
        // chs[i] = c                                                                             <L 72>
        wp::array_store(var_chs, var_0, var_2);
    }
}



extern "C" __global__ void set_channels_9bf2727f_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Channel_3d85f966> var_chs,
    wp::array_t<wp::float32> var_gains,
    wp::array_t<Channel_3d85f966> adj_chs,
    wp::array_t<wp::float32> adj_gains)
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
        Channel_3d85f966* var_1;
        Channel_3d85f966 var_2;
        Channel_3d85f966 var_3;
        wp::float32* var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        const wp::float32 var_8 = 0.0;
        bool var_9;
        wp::float32 var_10;
        bool* var_11;
        const wp::int32 var_12 = 3;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int8 var_16;
        const wp::int32 var_17 = 100;
        wp::int8 var_18;
        wp::int8 var_19;
        wp::int8* var_20;
        const wp::float32 var_21 = 0.5;
        const wp::float32 var_22 = 0.25;
        const wp::float32 var_23 = 0.125;
        const wp::float32 var_24 = 0.0625;
        const wp::float32 var_25 = 0.0625;
        wp::vec_t<5, wp::float32> var_26;
        wp::vec_t<5, wp::float32>* var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Channel_3d85f966 adj_1 = {};
        Channel_3d85f966 adj_2 = {};
        Channel_3d85f966 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int8 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int8 adj_18 = {};
        wp::int8 adj_19 = {};
        wp::int8 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<5, wp::float32> adj_26 = {};
        wp::vec_t<5, wp::float32> adj_27 = {};
        //---------
        // forward
        // def set_channels(chs: wp.array(dtype=Channel), gains: wp.array(dtype=float)):          <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // c = chs[i]                                                                             <L 67>
        var_1 = wp::address(var_chs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c.gain = gains[i]                                                                      <L 68>
        var_4 = wp::address(var_gains, var_0);
        var_5 = &(var_2.gain);
        var_6 = wp::load(var_4);
        // wp::store(var_5, var_6);
        // c.muted = gains[i] == 0.0                                                              <L 69>
        var_7 = wp::address(var_gains, var_0);
        var_10 = wp::load(var_7);
        var_9 = (var_10 == var_8);
        var_11 = &(var_2.muted);
        // wp::store(var_11, var_9);
        // c.pan = wp.int8(i % 3 - 1) * wp.int8(100)                                              <L 70>
        var_13 = wp::mod(var_0, var_12);
        var_15 = wp::sub(var_13, var_14);
        var_16 = wp::int8(var_15);
        var_18 = wp::int8(var_17);
        var_19 = wp::mul(var_16, var_18);
        var_20 = &(var_2.pan);
        // wp::store(var_20, var_19);
        // c.taps = vec5(0.5, 0.25, 0.125, 0.0625, 0.0625)                                        <L 71>
        var_26 = wp::vec_t<5, wp::float32>({var_21, var_22, var_23, var_24, var_25});
        var_27 = &(var_2.taps);
        // wp::store(var_27, var_26);
        // chs[i] = c                                                                             <L 72>
        // wp::array_store(var_chs, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_chs, var_0, var_2, adj_chs, adj_0, adj_2);
        // adj: chs[i] = c                                                                        <L 72>
        adj_2.taps += adj_27;
        wp::adj_vec_t({var_21, var_22, var_23, var_24, var_25}, {&adj_21, &adj_22, &adj_23, &adj_24, &adj_25}, adj_26);
        // adj: c.taps = vec5(0.5, 0.25, 0.125, 0.0625, 0.0625)                                   <L 71>
        adj_2.pan = adj_20;
        wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
        wp::adj_int8(var_17, adj_17, adj_18);
        wp::adj_int8(var_15, adj_15, adj_16);
        wp::adj_sub(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_mod(var_0, var_12, adj_0, adj_12, adj_13);
        // adj: c.pan = wp.int8(i % 3 - 1) * wp.int8(100)                                         <L 70>
        adj_2.muted = adj_11;
        wp::adj_address(var_gains, var_0, adj_gains, adj_0, adj_7);
        // adj: c.muted = gains[i] == 0.0                                                         <L 69>
        adj_2.gain += adj_5;
        wp::adj_address(var_gains, var_0, adj_gains, adj_0, adj_4);
        // adj: c.gain = gains[i]                                                                 <L 68>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_chs, var_0, adj_chs, adj_0, adj_1);
        // adj: c = chs[i]                                                                        <L 67>
        // adj: i = wp.tid()                                                                      <L 66>
        // adj: def set_channels(chs: wp.array(dtype=Channel), gains: wp.array(dtype=float)):     <L 65>
        continue;
    }
}



extern "C" __global__ void keyword_fields_be76b678_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Body_7387e49e> var_bodies,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        Body_7387e49e* var_1;
        Body_7387e49e var_2;
        Body_7387e49e var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32* var_8;
        const wp::int32 var_9 = 1;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32* var_14;
        wp::quat_t<wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::quat_t<wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def keyword_fields(bodies: wp.array(dtype=Body), out: wp.array(dtype=wp.vec3)):        <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // b = bodies[i]                                                                          <L 78>
        var_1 = wp::address(var_bodies, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b.new = b.new + 1.0                                                                    <L 79>
        var_4 = &(var_2.new);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        var_8 = &(var_2.new);
        wp::store(var_8, var_6);
        // b.default += 1                                                                         <L 80>
        var_10 = &(var_2.default);
        var_13 = wp::load(var_10);
        var_12 = wp::add(var_13, var_11);
        var_14 = &(var_2.default);
        wp::store(var_14, var_12);
        // out[i] = wp.quat_rotate(b.delete, b.template) * b.new                                  <L 81>
        var_15 = &(var_2.delete);
        var_16 = &(var_2.template);
        var_18 = wp::load(var_15);
        var_19 = wp::load(var_16);
        var_17 = wp::quat_rotate(var_18, var_19);
        var_20 = &(var_2.new);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_17, var_22);
        wp::array_store(var_out, var_0, var_21);
        // bodies[i] = b                                                                          <L 82>
        wp::array_store(var_bodies, var_0, var_2);
    }
}



extern "C" __global__ void keyword_fields_be76b678_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Body_7387e49e> var_bodies,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<Body_7387e49e> adj_bodies,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        Body_7387e49e* var_1;
        Body_7387e49e var_2;
        Body_7387e49e var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32* var_8;
        const wp::int32 var_9 = 1;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32* var_14;
        wp::quat_t<wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::quat_t<wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Body_7387e49e adj_1 = {};
        Body_7387e49e adj_2 = {};
        Body_7387e49e adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::quat_t<wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::quat_t<wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def keyword_fields(bodies: wp.array(dtype=Body), out: wp.array(dtype=wp.vec3)):        <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // b = bodies[i]                                                                          <L 78>
        var_1 = wp::address(var_bodies, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b.new = b.new + 1.0                                                                    <L 79>
        var_4 = &(var_2.new);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        var_8 = &(var_2.new);
        // wp::store(var_8, var_6);
        // b.default += 1                                                                         <L 80>
        var_10 = &(var_2.default);
        var_13 = wp::load(var_10);
        var_12 = wp::add(var_13, var_11);
        var_14 = &(var_2.default);
        // wp::store(var_14, var_12);
        // out[i] = wp.quat_rotate(b.delete, b.template) * b.new                                  <L 81>
        var_15 = &(var_2.delete);
        var_16 = &(var_2.template);
        var_18 = wp::load(var_15);
        var_19 = wp::load(var_16);
        var_17 = wp::quat_rotate(var_18, var_19);
        var_20 = &(var_2.new);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_17, var_22);
        // wp::array_store(var_out, var_0, var_21);
        // bodies[i] = b                                                                          <L 82>
        // wp::array_store(var_bodies, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_bodies, var_0, var_2, adj_bodies, adj_0, adj_2);
        // adj: bodies[i] = b                                                                     <L 82>
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        wp::adj_mul(var_17, var_22, adj_17, adj_20, adj_21);
        adj_2.new += adj_20;
        wp::adj_quat_rotate(var_18, var_19, adj_15, adj_16, adj_17);
        adj_2.template += adj_16;
        adj_2.delete += adj_15;
        // adj: out[i] = wp.quat_rotate(b.delete, b.template) * b.new                             <L 81>
        adj_2.default = adj_14;
        wp::adj_add(var_13, var_11, adj_10, adj_11, adj_12);
        adj_2.default = adj_10;
        // adj: b.default += 1                                                                    <L 80>
        adj_2.new += adj_8;
        wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
        adj_2.new += adj_4;
        // adj: b.new = b.new + 1.0                                                               <L 79>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
        // adj: b = bodies[i]                                                                     <L 78>
        // adj: i = wp.tid()                                                                      <L 77>
        // adj: def keyword_fields(bodies: wp.array(dtype=Body), out: wp.array(dtype=wp.vec3)):   <L 76>
        continue;
    }
}

