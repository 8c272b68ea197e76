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
static wp::float32 channel_sample_0(
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
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    wp::vec_t<5, wp::float32>* var_23;
    wp::float32 var_24;
    wp::vec_t<5, wp::float32> var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::int32 var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    wp::vec_t<5, wp::float32>* var_36;
    wp::float32 var_37;
    wp::vec_t<5, wp::float32> var_38;
    wp::int32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 3;
    wp::int32 var_46;
    const wp::int32 var_47 = 0;
    bool var_48;
    wp::vec_t<5, wp::float32>* var_49;
    wp::float32 var_50;
    wp::vec_t<5, wp::float32> var_51;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 4;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    wp::vec_t<5, wp::float32>* var_62;
    wp::float32 var_63;
    wp::vec_t<5, wp::float32> var_64;
    wp::int32 var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32* var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    //---------
    // forward
    // def channel_sample(c: Channel, hist: wp.array2d(dtype=float), ch: int, t: int) -> float:       <L 39>
    // if c.muted:                                                                            <L 40>
    var_0 = &((var_c).muted);
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
        var_10 = &((var_c).taps);
        var_12 = wp::load(var_10);
        var_11 = wp::extract(var_12, var_6);
        var_13 = wp::sub(var_t, var_6);
        var_14 = wp::address(var_hist, var_ch, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_11, var_16);
        var_17 = wp::add(var_5, var_15);
    }
    var_18 = wp::where(var_9, var_17, var_5);
    // if t - k >= 0:                                                                         <L 44>
    var_20 = wp::sub(var_t, var_19);
    var_22 = (var_20 >= var_21);
    if (var_22) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_23 = &((var_c).taps);
        var_25 = wp::load(var_23);
        var_24 = wp::extract(var_25, var_19);
        var_26 = wp::sub(var_t, var_19);
        var_27 = wp::address(var_hist, var_ch, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::mul(var_24, var_29);
        var_30 = wp::add(var_18, var_28);
    }
    var_31 = wp::where(var_22, var_30, var_18);
    // if t - k >= 0:                                                                         <L 44>
    var_33 = wp::sub(var_t, var_32);
    var_35 = (var_33 >= var_34);
    if (var_35) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_36 = &((var_c).taps);
        var_38 = wp::load(var_36);
        var_37 = wp::extract(var_38, var_32);
        var_39 = wp::sub(var_t, var_32);
        var_40 = wp::address(var_hist, var_ch, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::mul(var_37, var_42);
        var_43 = wp::add(var_31, var_41);
    }
    var_44 = wp::where(var_35, var_43, var_31);
    // if t - k >= 0:                                                                         <L 44>
    var_46 = wp::sub(var_t, var_45);
    var_48 = (var_46 >= var_47);
    if (var_48) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_49 = &((var_c).taps);
        var_51 = wp::load(var_49);
        var_50 = wp::extract(var_51, var_45);
        var_52 = wp::sub(var_t, var_45);
        var_53 = wp::address(var_hist, var_ch, var_52);
        var_55 = wp::load(var_53);
        var_54 = wp::mul(var_50, var_55);
        var_56 = wp::add(var_44, var_54);
    }
    var_57 = wp::where(var_48, var_56, var_44);
    // if t - k >= 0:                                                                         <L 44>
    var_59 = wp::sub(var_t, var_58);
    var_61 = (var_59 >= var_60);
    if (var_61) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_62 = &((var_c).taps);
        var_64 = wp::load(var_62);
        var_63 = wp::extract(var_64, var_58);
        var_65 = wp::sub(var_t, var_58);
        var_66 = wp::address(var_hist, var_ch, var_65);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_63, var_68);
        var_69 = wp::add(var_57, var_67);
    }
    var_70 = wp::where(var_61, var_69, var_57);
    // return acc * float(c.gain)                                                             <L 46>
    var_71 = &((var_c).gain);
    var_73 = wp::load(var_71);
    var_72 = wp::float(var_73);
    var_74 = wp::mul(var_70, var_72);
    return var_74;
}


// corpus/160_struct_mixer_keyword_fields.py:38
static void adj_channel_sample_0(
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
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    wp::vec_t<5, wp::float32>* var_23;
    wp::float32 var_24;
    wp::vec_t<5, wp::float32> var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::int32 var_33;
    const wp::int32 var_34 = 0;
    bool var_35;
    wp::vec_t<5, wp::float32>* var_36;
    wp::float32 var_37;
    wp::vec_t<5, wp::float32> var_38;
    wp::int32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 3;
    wp::int32 var_46;
    const wp::int32 var_47 = 0;
    bool var_48;
    wp::vec_t<5, wp::float32>* var_49;
    wp::float32 var_50;
    wp::vec_t<5, wp::float32> var_51;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::int32 var_58 = 4;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    wp::vec_t<5, wp::float32>* var_62;
    wp::float32 var_63;
    wp::vec_t<5, wp::float32> var_64;
    wp::int32 var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32* var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
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
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::vec_t<5, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<5, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<5, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<5, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    bool adj_48 = {};
    wp::vec_t<5, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::vec_t<5, wp::float32> adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    bool adj_61 = {};
    wp::vec_t<5, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<5, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    //---------
    // forward
    // def channel_sample(c: Channel, hist: wp.array2d(dtype=float), ch: int, t: int) -> float:       <L 39>
    // if c.muted:                                                                            <L 40>
    var_0 = &((var_c).muted);
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
        var_10 = &((var_c).taps);
        var_12 = wp::load(var_10);
        var_11 = wp::extract(var_12, var_6);
        var_13 = wp::sub(var_t, var_6);
        var_14 = wp::address(var_hist, var_ch, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::mul(var_11, var_16);
        var_17 = wp::add(var_5, var_15);
    }
    var_18 = wp::where(var_9, var_17, var_5);
    // if t - k >= 0:                                                                         <L 44>
    var_20 = wp::sub(var_t, var_19);
    var_22 = (var_20 >= var_21);
    if (var_22) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_23 = &((var_c).taps);
        var_25 = wp::load(var_23);
        var_24 = wp::extract(var_25, var_19);
        var_26 = wp::sub(var_t, var_19);
        var_27 = wp::address(var_hist, var_ch, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::mul(var_24, var_29);
        var_30 = wp::add(var_18, var_28);
    }
    var_31 = wp::where(var_22, var_30, var_18);
    // if t - k >= 0:                                                                         <L 44>
    var_33 = wp::sub(var_t, var_32);
    var_35 = (var_33 >= var_34);
    if (var_35) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_36 = &((var_c).taps);
        var_38 = wp::load(var_36);
        var_37 = wp::extract(var_38, var_32);
        var_39 = wp::sub(var_t, var_32);
        var_40 = wp::address(var_hist, var_ch, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::mul(var_37, var_42);
        var_43 = wp::add(var_31, var_41);
    }
    var_44 = wp::where(var_35, var_43, var_31);
    // if t - k >= 0:                                                                         <L 44>
    var_46 = wp::sub(var_t, var_45);
    var_48 = (var_46 >= var_47);
    if (var_48) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_49 = &((var_c).taps);
        var_51 = wp::load(var_49);
        var_50 = wp::extract(var_51, var_45);
        var_52 = wp::sub(var_t, var_45);
        var_53 = wp::address(var_hist, var_ch, var_52);
        var_55 = wp::load(var_53);
        var_54 = wp::mul(var_50, var_55);
        var_56 = wp::add(var_44, var_54);
    }
    var_57 = wp::where(var_48, var_56, var_44);
    // if t - k >= 0:                                                                         <L 44>
    var_59 = wp::sub(var_t, var_58);
    var_61 = (var_59 >= var_60);
    if (var_61) {
        // acc += c.taps[k] * hist[ch, t - k]                                                 <L 45>
        var_62 = &((var_c).taps);
        var_64 = wp::load(var_62);
        var_63 = wp::extract(var_64, var_58);
        var_65 = wp::sub(var_t, var_58);
        var_66 = wp::address(var_hist, var_ch, var_65);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_63, var_68);
        var_69 = wp::add(var_57, var_67);
    }
    var_70 = wp::where(var_61, var_69, var_57);
    // return acc * float(c.gain)                                                             <L 46>
    var_71 = &((var_c).gain);
    var_73 = wp::load(var_71);
    var_72 = wp::float(var_73);
    var_74 = wp::mul(var_70, var_72);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_74 += adj_ret;
    wp::adj_mul(var_70, var_72, adj_70, adj_72, adj_74);
    wp::adj_float(var_73, adj_71, adj_72);
    adj_c.gain += adj_71;
    // adj: return acc * float(c.gain)                                                        <L 46>
    wp::adj_where(var_61, var_69, var_57, adj_61, adj_69, adj_57, adj_70);
    if (var_61) {
        wp::adj_add(var_57, var_67, adj_57, adj_67, adj_69);
        wp::adj_mul(var_63, var_68, adj_63, adj_66, adj_67);
        wp::adj_address(var_hist, var_ch, var_65, adj_hist, adj_ch, adj_65, adj_66);
        wp::adj_sub(var_t, var_58, adj_t, adj_58, adj_65);
        wp::adj_extract(var_64, var_58, adj_62, adj_58, adj_63);
        adj_c.taps += adj_62;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_58, adj_t, adj_58, adj_59);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_48, var_56, var_44, adj_48, adj_56, adj_44, adj_57);
    if (var_48) {
        wp::adj_add(var_44, var_54, adj_44, adj_54, adj_56);
        wp::adj_mul(var_50, var_55, adj_50, adj_53, adj_54);
        wp::adj_address(var_hist, var_ch, var_52, adj_hist, adj_ch, adj_52, adj_53);
        wp::adj_sub(var_t, var_45, adj_t, adj_45, adj_52);
        wp::adj_extract(var_51, var_45, adj_49, adj_45, adj_50);
        adj_c.taps += adj_49;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_45, adj_t, adj_45, adj_46);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_35, var_43, var_31, adj_35, adj_43, adj_31, adj_44);
    if (var_35) {
        wp::adj_add(var_31, var_41, adj_31, adj_41, adj_43);
        wp::adj_mul(var_37, var_42, adj_37, adj_40, adj_41);
        wp::adj_address(var_hist, var_ch, var_39, adj_hist, adj_ch, adj_39, adj_40);
        wp::adj_sub(var_t, var_32, adj_t, adj_32, adj_39);
        wp::adj_extract(var_38, var_32, adj_36, adj_32, adj_37);
        adj_c.taps += adj_36;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_32, adj_t, adj_32, adj_33);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_22, var_30, var_18, adj_22, adj_30, adj_18, adj_31);
    if (var_22) {
        wp::adj_add(var_18, var_28, adj_18, adj_28, adj_30);
        wp::adj_mul(var_24, var_29, adj_24, adj_27, adj_28);
        wp::adj_address(var_hist, var_ch, var_26, adj_hist, adj_ch, adj_26, adj_27);
        wp::adj_sub(var_t, var_19, adj_t, adj_19, adj_26);
        wp::adj_extract(var_25, var_19, adj_23, adj_19, adj_24);
        adj_c.taps += adj_23;
        // adj: acc += c.taps[k] * hist[ch, t - k]                                            <L 45>
    }
    wp::adj_sub(var_t, var_19, adj_t, adj_19, adj_20);
    // adj: if t - k >= 0:                                                                    <L 44>
    wp::adj_where(var_9, var_17, var_5, adj_9, adj_17, adj_5, adj_18);
    if (var_9) {
        wp::adj_add(var_5, var_15, adj_5, adj_15, adj_17);
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

struct wp_args_mix_91a991fd {
    Mixer_7662cd46 m;
    wp::int32 t;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
};


void mix_91a991fd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mix_91a991fd *_wp_args)
{
    //---------
    // argument vars
    Mixer_7662cd46 var_m = _wp_args->m;
    wp::int32 var_t = _wp_args->t;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
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
    wp::float32 var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::mat_t<2, 2, wp::float32>* var_38;
    wp::vec_t<2, wp::float32> var_39;
    wp::vec_t<2, wp::float32> var_40;
    wp::mat_t<2, 2, wp::float32> var_41;
    wp::float32* var_42;
    wp::vec_t<2, wp::float32> var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 0;
    wp::float32 var_46;
    const wp::float32 var_47 = -1.0;
    const wp::float32 var_48 = 1.0;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    const wp::float32 var_52 = -1.0;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
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
    var_5 = &((var_m).channels);
    var_6 = &(var_5->shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // c = m.channels[ch]                                                                 <L 55>
        var_12 = &((var_m).channels);
        var_14 = wp::load(var_12);
        var_13 = wp::address(var_14, var_11);
        var_16 = wp::load(var_13);
        var_15 = wp::copy(var_16);
        // s = channel_sample(c, m.history, ch, t + i)                                        <L 56>
        var_17 = &((var_m).history);
        var_18 = wp::add(var_t, var_0);
        var_20 = wp::load(var_17);
        var_19 = channel_sample_0(var_15, var_20, var_11, var_18);
        // p = float(c.pan) / 127.0                                                           <L 57>
        var_21 = &((var_15).pan);
        var_23 = wp::load(var_21);
        var_22 = wp::float(var_23);
        var_25 = wp::div(var_22, var_24);
        // left += s * (1.0 - p) * 0.5                                                        <L 58>
        var_27 = wp::sub(var_26, var_25);
        var_28 = wp::mul(var_19, var_27);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::add(var_2, var_30);
        // right += s * (1.0 + p) * 0.5                                                       <L 59>
        var_33 = wp::add(var_32, var_25);
        var_34 = wp::mul(var_19, var_33);
        var_36 = wp::mul(var_34, var_35);
        var_37 = wp::add(var_4, var_36);
        wp::assign(var_2, var_31);
        wp::assign(var_4, var_37);
        goto start_for_0;
    end_for_0:;
    // v = m.limiter * wp.vec2(left, right) * m.master                                        <L 60>
    var_38 = &((var_m).limiter);
    var_39 = wp::vec_t<2, wp::float32>(var_2, var_4);
    var_41 = wp::load(var_38);
    var_40 = wp::mul(var_41, var_39);
    var_42 = &((var_m).master);
    var_44 = wp::load(var_42);
    var_43 = wp::mul(var_40, var_44);
    // out[i] = wp.vec2(wp.clamp(v[0], -1.0, 1.0), wp.clamp(v[1], -1.0, 1.0))                 <L 61>
    var_46 = wp::extract(var_43, var_45);
    var_49 = wp::clamp(var_46, var_47, var_48);
    var_51 = wp::extract(var_43, var_50);
    var_54 = wp::clamp(var_51, var_52, var_53);
    var_55 = wp::vec_t<2, wp::float32>(var_49, var_54);
    wp::array_store(var_out, var_0, var_55);
}



void mix_91a991fd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mix_91a991fd *_wp_args,
    wp_args_mix_91a991fd *_wp_adj_args)
{
    //---------
    // argument vars
    Mixer_7662cd46 var_m = _wp_args->m;
    wp::int32 var_t = _wp_args->t;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    Mixer_7662cd46 adj_m = _wp_adj_args->m;
    wp::int32 adj_t = _wp_adj_args->t;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out = _wp_adj_args->out;
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
    wp::float32 var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::mat_t<2, 2, wp::float32>* var_38;
    wp::vec_t<2, wp::float32> var_39;
    wp::vec_t<2, wp::float32> var_40;
    wp::mat_t<2, 2, wp::float32> var_41;
    wp::float32* var_42;
    wp::vec_t<2, wp::float32> var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 0;
    wp::float32 var_46;
    const wp::float32 var_47 = -1.0;
    const wp::float32 var_48 = 1.0;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    const wp::float32 var_52 = -1.0;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    wp::vec_t<2, wp::float32> var_55;
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
    wp::mat_t<2, 2, wp::float32> adj_38 = {};
    wp::vec_t<2, wp::float32> adj_39 = {};
    wp::vec_t<2, wp::float32> adj_40 = {};
    wp::mat_t<2, 2, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<2, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
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
    var_5 = &((var_m).channels);
    var_6 = &(var_5->shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    // v = m.limiter * wp.vec2(left, right) * m.master                                        <L 60>
    var_38 = &((var_m).limiter);
    var_39 = wp::vec_t<2, wp::float32>(var_2, var_4);
    var_41 = wp::load(var_38);
    var_40 = wp::mul(var_41, var_39);
    var_42 = &((var_m).master);
    var_44 = wp::load(var_42);
    var_43 = wp::mul(var_40, var_44);
    // out[i] = wp.vec2(wp.clamp(v[0], -1.0, 1.0), wp.clamp(v[1], -1.0, 1.0))                 <L 61>
    var_46 = wp::extract(var_43, var_45);
    var_49 = wp::clamp(var_46, var_47, var_48);
    var_51 = wp::extract(var_43, var_50);
    var_54 = wp::clamp(var_51, var_52, var_53);
    var_55 = wp::vec_t<2, wp::float32>(var_49, var_54);
    // wp::array_store(var_out, var_0, var_55);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_55, adj_out, adj_0, adj_55);
    wp::adj_vec_t(var_49, var_54, adj_49, adj_54, adj_55);
    wp::adj_clamp(var_51, var_52, var_53, adj_51, adj_52, adj_53, adj_54);
    wp::adj_extract(var_43, var_50, adj_43, adj_50, adj_51);
    wp::adj_clamp(var_46, var_47, var_48, adj_46, adj_47, adj_48, adj_49);
    wp::adj_extract(var_43, var_45, adj_43, adj_45, adj_46);
    // adj: out[i] = wp.vec2(wp.clamp(v[0], -1.0, 1.0), wp.clamp(v[1], -1.0, 1.0))            <L 61>
    wp::adj_mul(var_40, var_44, adj_40, adj_42, adj_43);
    adj_m.master += adj_42;
    wp::adj_mul(var_41, var_39, adj_38, adj_39, adj_40);
    wp::adj_vec_t(var_2, var_4, adj_2, adj_4, adj_39);
    adj_m.limiter += adj_38;
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
        // c = m.channels[ch]                                                                 <L 55>
        var_12 = &((var_m).channels);
        var_14 = wp::load(var_12);
        var_13 = wp::address(var_14, var_11);
        var_16 = wp::load(var_13);
        var_15 = wp::copy(var_16);
        // s = channel_sample(c, m.history, ch, t + i)                                        <L 56>
        var_17 = &((var_m).history);
        var_18 = wp::add(var_t, var_0);
        var_20 = wp::load(var_17);
        var_19 = channel_sample_0(var_15, var_20, var_11, var_18);
        // p = float(c.pan) / 127.0                                                           <L 57>
        var_21 = &((var_15).pan);
        var_23 = wp::load(var_21);
        var_22 = wp::float(var_23);
        var_25 = wp::div(var_22, var_24);
        // left += s * (1.0 - p) * 0.5                                                        <L 58>
        var_27 = wp::sub(var_26, var_25);
        var_28 = wp::mul(var_19, var_27);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::add(var_2, var_30);
        // right += s * (1.0 + p) * 0.5                                                       <L 59>
        var_33 = wp::add(var_32, var_25);
        var_34 = wp::mul(var_19, var_33);
        var_36 = wp::mul(var_34, var_35);
        var_37 = wp::add(var_4, var_36);
        wp::assign(var_2, var_31);
        wp::assign(var_4, var_37);
        wp::adj_assign(var_4, var_37, adj_4, adj_37);
        wp::adj_assign(var_2, var_31, adj_2, adj_31);
        wp::adj_add(var_4, var_36, adj_4, adj_36, adj_37);
        wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
        wp::adj_mul(var_19, var_33, adj_19, adj_33, adj_34);
        wp::adj_add(var_32, var_25, adj_32, adj_25, adj_33);
        // adj: right += s * (1.0 + p) * 0.5                                                  <L 59>
        wp::adj_add(var_2, var_30, adj_2, adj_30, adj_31);
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
    adj_5.shape = adj_6;
    adj_m.channels = adj_5;
    // adj: for ch in range(m.channels.shape[0]):                                             <L 54>
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: right = float(0.0)                                                                <L 53>
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: left = float(0.0)                                                                 <L 52>
    // adj: i = wp.tid()                                                                      <L 51>
    // adj: def mix(m: Mixer, t: int, out: wp.array(dtype=wp.vec2)):                          <L 50>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mix_91a991fd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_91a991fd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_91a991fd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mix_91a991fd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_91a991fd *_wp_args,
    wp_args_mix_91a991fd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_91a991fd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_set_channels_9bf2727f {
    wp::array_t<Channel_3d85f966> chs;
    wp::array_t<wp::float32> gains;
};


void set_channels_9bf2727f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_set_channels_9bf2727f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Channel_3d85f966> var_chs = _wp_args->chs;
    wp::array_t<wp::float32> var_gains = _wp_args->gains;
    //---------
    // primal vars
    wp::int32 var_0;
    Channel_3d85f966* var_1;
    Channel_3d85f966 var_2;
    Channel_3d85f966 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int8 var_15;
    const wp::int32 var_16 = 100;
    wp::int8 var_17;
    wp::int8 var_18;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.25;
    const wp::float32 var_21 = 0.125;
    const wp::float32 var_22 = 0.0625;
    const wp::float32 var_23 = 0.0625;
    wp::vec_t<5, wp::float32> var_24;
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
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    var_2.gain = var_5;
    // c.muted = gains[i] == 0.0                                                              <L 69>
    var_7 = wp::address(var_gains, var_0);
    var_10 = wp::load(var_7);
    var_9 = (var_10 == var_8);
    var_2.muted = var_9;
    // c.pan = wp.int8(i % 3 - 1) * wp.int8(100)                                              <L 70>
    var_12 = wp::mod(var_0, var_11);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::int8(var_14);
    var_17 = wp::int8(var_16);
    var_18 = wp::mul(var_15, var_17);
    var_2.pan = var_18;
    // c.taps = vec5(0.5, 0.25, 0.125, 0.0625, 0.0625)                                        <L 71>
    var_24 = wp::vec_t<5, wp::float32>({var_19, var_20, var_21, var_22, var_23});
    var_2.taps = var_24;
    // chs[i] = c                                                                             <L 72>
    wp::array_store(var_chs, var_0, var_2);
}



void set_channels_9bf2727f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_set_channels_9bf2727f *_wp_args,
    wp_args_set_channels_9bf2727f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Channel_3d85f966> var_chs = _wp_args->chs;
    wp::array_t<wp::float32> var_gains = _wp_args->gains;
    wp::array_t<Channel_3d85f966> adj_chs = _wp_adj_args->chs;
    wp::array_t<wp::float32> adj_gains = _wp_adj_args->gains;
    //---------
    // primal vars
    wp::int32 var_0;
    Channel_3d85f966* var_1;
    Channel_3d85f966 var_2;
    Channel_3d85f966 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int8 var_15;
    const wp::int32 var_16 = 100;
    wp::int8 var_17;
    wp::int8 var_18;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.25;
    const wp::float32 var_21 = 0.125;
    const wp::float32 var_22 = 0.0625;
    const wp::float32 var_23 = 0.0625;
    wp::vec_t<5, wp::float32> var_24;
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
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int8 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int8 adj_17 = {};
    wp::int8 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<5, wp::float32> adj_24 = {};
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
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    var_2.gain = var_5;
    // c.muted = gains[i] == 0.0                                                              <L 69>
    var_7 = wp::address(var_gains, var_0);
    var_10 = wp::load(var_7);
    var_9 = (var_10 == var_8);
    var_2.muted = var_9;
    // c.pan = wp.int8(i % 3 - 1) * wp.int8(100)                                              <L 70>
    var_12 = wp::mod(var_0, var_11);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::int8(var_14);
    var_17 = wp::int8(var_16);
    var_18 = wp::mul(var_15, var_17);
    var_2.pan = var_18;
    // c.taps = vec5(0.5, 0.25, 0.125, 0.0625, 0.0625)                                        <L 71>
    var_24 = wp::vec_t<5, wp::float32>({var_19, var_20, var_21, var_22, var_23});
    var_2.taps = var_24;
    // chs[i] = c                                                                             <L 72>
    // wp::array_store(var_chs, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_chs, var_0, var_2, adj_chs, adj_0, adj_2);
    // adj: chs[i] = c                                                                        <L 72>
    adj_24 += adj_2.taps;
    adj_2.taps = {};
    wp::adj_vec_t({var_19, var_20, var_21, var_22, var_23}, {&adj_19, &adj_20, &adj_21, &adj_22, &adj_23}, adj_24);
    // adj: c.taps = vec5(0.5, 0.25, 0.125, 0.0625, 0.0625)                                   <L 71>
    adj_2.pan = {};
    wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_mod(var_0, var_11, adj_0, adj_11, adj_12);
    // adj: c.pan = wp.int8(i % 3 - 1) * wp.int8(100)                                         <L 70>
    adj_2.muted = {};
    wp::adj_address(var_gains, var_0, adj_gains, adj_0, adj_7);
    // adj: c.muted = gains[i] == 0.0                                                         <L 69>
    adj_5 += adj_2.gain;
    adj_2.gain = {};
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_gains, var_0, adj_gains, adj_0, adj_4);
    // adj: c.gain = gains[i]                                                                 <L 68>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_chs, var_0, adj_chs, adj_0, adj_1);
    // adj: c = chs[i]                                                                        <L 67>
    // adj: i = wp.tid()                                                                      <L 66>
    // adj: def set_channels(chs: wp.array(dtype=Channel), gains: wp.array(dtype=float)):     <L 65>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void set_channels_9bf2727f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_set_channels_9bf2727f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        set_channels_9bf2727f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void set_channels_9bf2727f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_set_channels_9bf2727f *_wp_args,
    wp_args_set_channels_9bf2727f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        set_channels_9bf2727f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_keyword_fields_be76b678 {
    wp::array_t<Body_7387e49e> bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void keyword_fields_be76b678_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_keyword_fields_be76b678 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body_7387e49e> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
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
    const wp::int32 var_8 = 1;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::quat_t<wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
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
    var_4 = &((var_2).new);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    var_2.new = var_6;
    // b.default += 1                                                                         <L 80>
    var_9 = &((var_2).default);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_8);
    var_2.default = var_10;
    // out[i] = wp.quat_rotate(b.delete, b.template) * b.new                                  <L 81>
    var_12 = &((var_2).delete);
    var_13 = &((var_2).template);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::quat_rotate(var_15, var_16);
    var_17 = &((var_2).new);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_14, var_19);
    wp::array_store(var_out, var_0, var_18);
    // bodies[i] = b                                                                          <L 82>
    wp::array_store(var_bodies, var_0, var_2);
}



void keyword_fields_be76b678_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_keyword_fields_be76b678 *_wp_args,
    wp_args_keyword_fields_be76b678 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Body_7387e49e> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<Body_7387e49e> adj_bodies = _wp_adj_args->bodies;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
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
    const wp::int32 var_8 = 1;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::quat_t<wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::quat_t<wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
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
    var_4 = &((var_2).new);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    var_2.new = var_6;
    // b.default += 1                                                                         <L 80>
    var_9 = &((var_2).default);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_8);
    var_2.default = var_10;
    // out[i] = wp.quat_rotate(b.delete, b.template) * b.new                                  <L 81>
    var_12 = &((var_2).delete);
    var_13 = &((var_2).template);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::quat_rotate(var_15, var_16);
    var_17 = &((var_2).new);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_14, var_19);
    // wp::array_store(var_out, var_0, var_18);
    // bodies[i] = b                                                                          <L 82>
    // wp::array_store(var_bodies, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_bodies, var_0, var_2, adj_bodies, adj_0, adj_2);
    // adj: bodies[i] = b                                                                     <L 82>
    wp::adj_array_store(var_out, var_0, var_18, adj_out, adj_0, adj_18);
    wp::adj_mul(var_14, var_19, adj_14, adj_17, adj_18);
    adj_2.new += adj_17;
    wp::adj_quat_rotate(var_15, var_16, adj_12, adj_13, adj_14);
    adj_2.template += adj_13;
    adj_2.delete += adj_12;
    // adj: out[i] = wp.quat_rotate(b.delete, b.template) * b.new                             <L 81>
    adj_2.default = {};
    wp::adj_add(var_11, var_8, adj_9, adj_8, adj_10);
    adj_2.default = adj_9;
    // adj: b.default += 1                                                                    <L 80>
    adj_6 += adj_2.new;
    adj_2.new = {};
    wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
    adj_2.new += adj_4;
    // adj: b.new = b.new + 1.0                                                               <L 79>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
    // adj: b = bodies[i]                                                                     <L 78>
    // adj: i = wp.tid()                                                                      <L 77>
    // adj: def keyword_fields(bodies: wp.array(dtype=Body), out: wp.array(dtype=wp.vec3)):   <L 76>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void keyword_fields_be76b678_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_keyword_fields_be76b678 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        keyword_fields_be76b678_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void keyword_fields_be76b678_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_keyword_fields_be76b678 *_wp_args,
    wp_args_keyword_fields_be76b678 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        keyword_fields_be76b678_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

