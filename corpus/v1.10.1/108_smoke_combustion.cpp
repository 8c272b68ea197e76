
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


struct FireParams_44109abb
{
    wp::float32 burn_rate;
    wp::float32 heat_release;
    wp::float32 smoke_yield;
    wp::float32 cooling;
    wp::float32 dissipation;


    FireParams_44109abb() = default;
    CUDA_CALLABLE FireParams_44109abb(wp::float32 const& burn_rate,
    wp::float32 const& heat_release = {},
    wp::float32 const& smoke_yield = {},
    wp::float32 const& cooling = {},
    wp::float32 const& dissipation = {})
        : burn_rate{burn_rate}
        , heat_release{heat_release}
        , smoke_yield{smoke_yield}
        , cooling{cooling}
        , dissipation{dissipation}

    {
    }

    CUDA_CALLABLE FireParams_44109abb& operator += (const FireParams_44109abb& rhs)
    {    burn_rate += rhs.burn_rate;
    heat_release += rhs.heat_release;
    smoke_yield += rhs.smoke_yield;
    cooling += rhs.cooling;
    dissipation += rhs.dissipation;

        return *this;}

};

static CUDA_CALLABLE void adj_FireParams_44109abb(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_burn_rate,
    wp::float32 & adj_heat_release,
    wp::float32 & adj_smoke_yield,
    wp::float32 & adj_cooling,
    wp::float32 & adj_dissipation,
    FireParams_44109abb & adj_ret)
{
    adj_burn_rate += adj_ret.burn_rate;
    adj_heat_release += adj_ret.heat_release;
    adj_smoke_yield += adj_ret.smoke_yield;
    adj_cooling += adj_ret.cooling;
    adj_dissipation += adj_ret.dissipation;
}

// Required when compiling adjoints.
CUDA_CALLABLE FireParams_44109abb add(const FireParams_44109abb& a, const FireParams_44109abb& b)
{
    return FireParams_44109abb();
}

CUDA_CALLABLE void adj_atomic_add(FireParams_44109abb* p, FireParams_44109abb t)
{
    wp::adj_atomic_add(&p->burn_rate, t.burn_rate);
    wp::adj_atomic_add(&p->heat_release, t.heat_release);
    wp::adj_atomic_add(&p->smoke_yield, t.smoke_yield);
    wp::adj_atomic_add(&p->cooling, t.cooling);
    wp::adj_atomic_add(&p->dissipation, t.dissipation);
}



// corpus/108_smoke_combustion.py:16
static wp::float32 trilinear_0(
    wp::array_t<wp::float32> var_f,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.001;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.001;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.001;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32* var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    wp::float32* var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::float32* var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    const wp::int32 var_86 = 1;
    wp::int32 var_87;
    wp::float32* var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    //---------
    // forward
    // def trilinear(f: wp.array3d(dtype=float), p: wp.vec3) -> float:                        <L 17>
    // nx = f.shape[0]                                                                        <L 18>
    var_0 = &(var_f.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = f.shape[1]                                                                        <L 19>
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // nz = f.shape[2]                                                                        <L 20>
    var_8 = &(var_f.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // x = wp.clamp(p[0], 0.0, float(nx - 1) - 1.0e-3)                                        <L 21>
    var_13 = wp::extract(var_p, var_12);
    var_16 = wp::sub(var_2, var_15);
    var_17 = wp::float(var_16);
    var_19 = wp::sub(var_17, var_18);
    var_20 = wp::clamp(var_13, var_14, var_19);
    // y = wp.clamp(p[1], 0.0, float(ny - 1) - 1.0e-3)                                        <L 22>
    var_22 = wp::extract(var_p, var_21);
    var_25 = wp::sub(var_6, var_24);
    var_26 = wp::float(var_25);
    var_28 = wp::sub(var_26, var_27);
    var_29 = wp::clamp(var_22, var_23, var_28);
    // z = wp.clamp(p[2], 0.0, float(nz - 1) - 1.0e-3)                                        <L 23>
    var_31 = wp::extract(var_p, var_30);
    var_34 = wp::sub(var_10, var_33);
    var_35 = wp::float(var_34);
    var_37 = wp::sub(var_35, var_36);
    var_38 = wp::clamp(var_31, var_32, var_37);
    // i = int(x)                                                                             <L 24>
    var_39 = wp::int(var_20);
    // j = int(y)                                                                             <L 25>
    var_40 = wp::int(var_29);
    // k = int(z)                                                                             <L 26>
    var_41 = wp::int(var_38);
    // tx = x - float(i)                                                                      <L 27>
    var_42 = wp::float(var_39);
    var_43 = wp::sub(var_20, var_42);
    // ty = y - float(j)                                                                      <L 28>
    var_44 = wp::float(var_40);
    var_45 = wp::sub(var_29, var_44);
    // tz = z - float(k)                                                                      <L 29>
    var_46 = wp::float(var_41);
    var_47 = wp::sub(var_38, var_46);
    // c00 = wp.lerp(f[i, j, k], f[i + 1, j, k], tx)                                          <L 30>
    var_48 = wp::address(var_f, var_39, var_40, var_41);
    var_50 = wp::add(var_39, var_49);
    var_51 = wp::address(var_f, var_50, var_40, var_41);
    var_53 = wp::load(var_48);
    var_54 = wp::load(var_51);
    var_52 = wp::lerp(var_53, var_54, var_43);
    // c10 = wp.lerp(f[i, j + 1, k], f[i + 1, j + 1, k], tx)                                  <L 31>
    var_56 = wp::add(var_40, var_55);
    var_57 = wp::address(var_f, var_39, var_56, var_41);
    var_59 = wp::add(var_39, var_58);
    var_61 = wp::add(var_40, var_60);
    var_62 = wp::address(var_f, var_59, var_61, var_41);
    var_64 = wp::load(var_57);
    var_65 = wp::load(var_62);
    var_63 = wp::lerp(var_64, var_65, var_43);
    // c01 = wp.lerp(f[i, j, k + 1], f[i + 1, j, k + 1], tx)                                  <L 32>
    var_67 = wp::add(var_41, var_66);
    var_68 = wp::address(var_f, var_39, var_40, var_67);
    var_70 = wp::add(var_39, var_69);
    var_72 = wp::add(var_41, var_71);
    var_73 = wp::address(var_f, var_70, var_40, var_72);
    var_75 = wp::load(var_68);
    var_76 = wp::load(var_73);
    var_74 = wp::lerp(var_75, var_76, var_43);
    // c11 = wp.lerp(f[i, j + 1, k + 1], f[i + 1, j + 1, k + 1], tx)                          <L 33>
    var_78 = wp::add(var_40, var_77);
    var_80 = wp::add(var_41, var_79);
    var_81 = wp::address(var_f, var_39, var_78, var_80);
    var_83 = wp::add(var_39, var_82);
    var_85 = wp::add(var_40, var_84);
    var_87 = wp::add(var_41, var_86);
    var_88 = wp::address(var_f, var_83, var_85, var_87);
    var_90 = wp::load(var_81);
    var_91 = wp::load(var_88);
    var_89 = wp::lerp(var_90, var_91, var_43);
    // return wp.lerp(wp.lerp(c00, c10, ty), wp.lerp(c01, c11, ty), tz)                       <L 34>
    var_92 = wp::lerp(var_52, var_63, var_45);
    var_93 = wp::lerp(var_74, var_89, var_45);
    var_94 = wp::lerp(var_92, var_93, var_47);
    return var_94;
}


// corpus/108_smoke_combustion.py:16
static void adj_trilinear_0(
    wp::array_t<wp::float32> var_f,
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::float32> & adj_f,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.001;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.001;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.0;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.001;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32* var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    const wp::int32 var_60 = 1;
    wp::int32 var_61;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    const wp::int32 var_66 = 1;
    wp::int32 var_67;
    wp::float32* var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::float32* var_81;
    const wp::int32 var_82 = 1;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    const wp::int32 var_86 = 1;
    wp::int32 var_87;
    wp::float32* var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    //---------
    // forward
    // def trilinear(f: wp.array3d(dtype=float), p: wp.vec3) -> float:                        <L 17>
    // nx = f.shape[0]                                                                        <L 18>
    var_0 = &(var_f.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = f.shape[1]                                                                        <L 19>
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // nz = f.shape[2]                                                                        <L 20>
    var_8 = &(var_f.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // x = wp.clamp(p[0], 0.0, float(nx - 1) - 1.0e-3)                                        <L 21>
    var_13 = wp::extract(var_p, var_12);
    var_16 = wp::sub(var_2, var_15);
    var_17 = wp::float(var_16);
    var_19 = wp::sub(var_17, var_18);
    var_20 = wp::clamp(var_13, var_14, var_19);
    // y = wp.clamp(p[1], 0.0, float(ny - 1) - 1.0e-3)                                        <L 22>
    var_22 = wp::extract(var_p, var_21);
    var_25 = wp::sub(var_6, var_24);
    var_26 = wp::float(var_25);
    var_28 = wp::sub(var_26, var_27);
    var_29 = wp::clamp(var_22, var_23, var_28);
    // z = wp.clamp(p[2], 0.0, float(nz - 1) - 1.0e-3)                                        <L 23>
    var_31 = wp::extract(var_p, var_30);
    var_34 = wp::sub(var_10, var_33);
    var_35 = wp::float(var_34);
    var_37 = wp::sub(var_35, var_36);
    var_38 = wp::clamp(var_31, var_32, var_37);
    // i = int(x)                                                                             <L 24>
    var_39 = wp::int(var_20);
    // j = int(y)                                                                             <L 25>
    var_40 = wp::int(var_29);
    // k = int(z)                                                                             <L 26>
    var_41 = wp::int(var_38);
    // tx = x - float(i)                                                                      <L 27>
    var_42 = wp::float(var_39);
    var_43 = wp::sub(var_20, var_42);
    // ty = y - float(j)                                                                      <L 28>
    var_44 = wp::float(var_40);
    var_45 = wp::sub(var_29, var_44);
    // tz = z - float(k)                                                                      <L 29>
    var_46 = wp::float(var_41);
    var_47 = wp::sub(var_38, var_46);
    // c00 = wp.lerp(f[i, j, k], f[i + 1, j, k], tx)                                          <L 30>
    var_48 = wp::address(var_f, var_39, var_40, var_41);
    var_50 = wp::add(var_39, var_49);
    var_51 = wp::address(var_f, var_50, var_40, var_41);
    var_53 = wp::load(var_48);
    var_54 = wp::load(var_51);
    var_52 = wp::lerp(var_53, var_54, var_43);
    // c10 = wp.lerp(f[i, j + 1, k], f[i + 1, j + 1, k], tx)                                  <L 31>
    var_56 = wp::add(var_40, var_55);
    var_57 = wp::address(var_f, var_39, var_56, var_41);
    var_59 = wp::add(var_39, var_58);
    var_61 = wp::add(var_40, var_60);
    var_62 = wp::address(var_f, var_59, var_61, var_41);
    var_64 = wp::load(var_57);
    var_65 = wp::load(var_62);
    var_63 = wp::lerp(var_64, var_65, var_43);
    // c01 = wp.lerp(f[i, j, k + 1], f[i + 1, j, k + 1], tx)                                  <L 32>
    var_67 = wp::add(var_41, var_66);
    var_68 = wp::address(var_f, var_39, var_40, var_67);
    var_70 = wp::add(var_39, var_69);
    var_72 = wp::add(var_41, var_71);
    var_73 = wp::address(var_f, var_70, var_40, var_72);
    var_75 = wp::load(var_68);
    var_76 = wp::load(var_73);
    var_74 = wp::lerp(var_75, var_76, var_43);
    // c11 = wp.lerp(f[i, j + 1, k + 1], f[i + 1, j + 1, k + 1], tx)                          <L 33>
    var_78 = wp::add(var_40, var_77);
    var_80 = wp::add(var_41, var_79);
    var_81 = wp::address(var_f, var_39, var_78, var_80);
    var_83 = wp::add(var_39, var_82);
    var_85 = wp::add(var_40, var_84);
    var_87 = wp::add(var_41, var_86);
    var_88 = wp::address(var_f, var_83, var_85, var_87);
    var_90 = wp::load(var_81);
    var_91 = wp::load(var_88);
    var_89 = wp::lerp(var_90, var_91, var_43);
    // return wp.lerp(wp.lerp(c00, c10, ty), wp.lerp(c01, c11, ty), tz)                       <L 34>
    var_92 = wp::lerp(var_52, var_63, var_45);
    var_93 = wp::lerp(var_74, var_89, var_45);
    var_94 = wp::lerp(var_92, var_93, var_47);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_94 += adj_ret;
    wp::adj_lerp(var_92, var_93, var_47, adj_92, adj_93, adj_47, adj_94);
    wp::adj_lerp(var_74, var_89, var_45, adj_74, adj_89, adj_45, adj_93);
    wp::adj_lerp(var_52, var_63, var_45, adj_52, adj_63, adj_45, adj_92);
    // adj: return wp.lerp(wp.lerp(c00, c10, ty), wp.lerp(c01, c11, ty), tz)                  <L 34>
    wp::adj_lerp(var_90, var_91, var_43, adj_81, adj_88, adj_43, adj_89);
    wp::adj_address(var_f, var_83, var_85, var_87, adj_f, adj_83, adj_85, adj_87, adj_88);
    wp::adj_add(var_41, var_86, adj_41, adj_86, adj_87);
    wp::adj_add(var_40, var_84, adj_40, adj_84, adj_85);
    wp::adj_add(var_39, var_82, adj_39, adj_82, adj_83);
    wp::adj_address(var_f, var_39, var_78, var_80, adj_f, adj_39, adj_78, adj_80, adj_81);
    wp::adj_add(var_41, var_79, adj_41, adj_79, adj_80);
    wp::adj_add(var_40, var_77, adj_40, adj_77, adj_78);
    // adj: c11 = wp.lerp(f[i, j + 1, k + 1], f[i + 1, j + 1, k + 1], tx)                     <L 33>
    wp::adj_lerp(var_75, var_76, var_43, adj_68, adj_73, adj_43, adj_74);
    wp::adj_address(var_f, var_70, var_40, var_72, adj_f, adj_70, adj_40, adj_72, adj_73);
    wp::adj_add(var_41, var_71, adj_41, adj_71, adj_72);
    wp::adj_add(var_39, var_69, adj_39, adj_69, adj_70);
    wp::adj_address(var_f, var_39, var_40, var_67, adj_f, adj_39, adj_40, adj_67, adj_68);
    wp::adj_add(var_41, var_66, adj_41, adj_66, adj_67);
    // adj: c01 = wp.lerp(f[i, j, k + 1], f[i + 1, j, k + 1], tx)                             <L 32>
    wp::adj_lerp(var_64, var_65, var_43, adj_57, adj_62, adj_43, adj_63);
    wp::adj_address(var_f, var_59, var_61, var_41, adj_f, adj_59, adj_61, adj_41, adj_62);
    wp::adj_add(var_40, var_60, adj_40, adj_60, adj_61);
    wp::adj_add(var_39, var_58, adj_39, adj_58, adj_59);
    wp::adj_address(var_f, var_39, var_56, var_41, adj_f, adj_39, adj_56, adj_41, adj_57);
    wp::adj_add(var_40, var_55, adj_40, adj_55, adj_56);
    // adj: c10 = wp.lerp(f[i, j + 1, k], f[i + 1, j + 1, k], tx)                             <L 31>
    wp::adj_lerp(var_53, var_54, var_43, adj_48, adj_51, adj_43, adj_52);
    wp::adj_address(var_f, var_50, var_40, var_41, adj_f, adj_50, adj_40, adj_41, adj_51);
    wp::adj_add(var_39, var_49, adj_39, adj_49, adj_50);
    wp::adj_address(var_f, var_39, var_40, var_41, adj_f, adj_39, adj_40, adj_41, adj_48);
    // adj: c00 = wp.lerp(f[i, j, k], f[i + 1, j, k], tx)                                     <L 30>
    wp::adj_sub(var_38, var_46, adj_38, adj_46, adj_47);
    wp::adj_float(var_41, adj_41, adj_46);
    // adj: tz = z - float(k)                                                                 <L 29>
    wp::adj_sub(var_29, var_44, adj_29, adj_44, adj_45);
    wp::adj_float(var_40, adj_40, adj_44);
    // adj: ty = y - float(j)                                                                 <L 28>
    wp::adj_sub(var_20, var_42, adj_20, adj_42, adj_43);
    wp::adj_float(var_39, adj_39, adj_42);
    // adj: tx = x - float(i)                                                                 <L 27>
    wp::adj_int(var_38, adj_38, adj_41);
    // adj: k = int(z)                                                                        <L 26>
    wp::adj_int(var_29, adj_29, adj_40);
    // adj: j = int(y)                                                                        <L 25>
    wp::adj_int(var_20, adj_20, adj_39);
    // adj: i = int(x)                                                                        <L 24>
    wp::adj_clamp(var_31, var_32, var_37, adj_31, adj_32, adj_37, adj_38);
    wp::adj_sub(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_float(var_34, adj_34, adj_35);
    wp::adj_sub(var_10, var_33, adj_10, adj_33, adj_34);
    wp::adj_extract(var_p, var_30, adj_p, adj_30, adj_31);
    // adj: z = wp.clamp(p[2], 0.0, float(nz - 1) - 1.0e-3)                                   <L 23>
    wp::adj_clamp(var_22, var_23, var_28, adj_22, adj_23, adj_28, adj_29);
    wp::adj_sub(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_float(var_25, adj_25, adj_26);
    wp::adj_sub(var_6, var_24, adj_6, adj_24, adj_25);
    wp::adj_extract(var_p, var_21, adj_p, adj_21, adj_22);
    // adj: y = wp.clamp(p[1], 0.0, float(ny - 1) - 1.0e-3)                                   <L 22>
    wp::adj_clamp(var_13, var_14, var_19, adj_13, adj_14, adj_19, adj_20);
    wp::adj_sub(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_float(var_16, adj_16, adj_17);
    wp::adj_sub(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_extract(var_p, var_12, adj_p, adj_12, adj_13);
    // adj: x = wp.clamp(p[0], 0.0, float(nx - 1) - 1.0e-3)                                   <L 21>
    wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
    adj_f.shape = adj_8;
    // adj: nz = f.shape[2]                                                                   <L 20>
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_f.shape = adj_4;
    // adj: ny = f.shape[1]                                                                   <L 19>
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_f.shape = adj_0;
    // adj: nx = f.shape[0]                                                                   <L 18>
    // adj: def trilinear(f: wp.array3d(dtype=float), p: wp.vec3) -> float:                   <L 17>
    return;
}

struct wp_args_combust_32f3975c {
    wp::array_t<wp::float32> fuel;
    wp::array_t<wp::float32> temp;
    wp::array_t<wp::float32> smoke;
    FireParams_44109abb params;
    wp::float32 dt;
    wp::array_t<wp::float32> burned;
};


void combust_32f3975c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_combust_32f3975c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_fuel = _wp_args->fuel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    FireParams_44109abb var_params = _wp_args->params;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_burned = _wp_args->burned;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 600.0;
    bool var_12;
    bool var_13;
    wp::float32* var_14;
    const wp::float32 var_15 = 293.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32* var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    //---------
    // forward
    // def combust(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), params: FireParams, dt: float, burned: wp.array(dtype=float)):       <L 38>
    // i, j, k = wp.tid()                                                                     <L 39>
    builtin_tid3d(var_0, var_1, var_2);
    // f = fuel[i, j, k]                                                                      <L 40>
    var_3 = wp::address(var_fuel, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // t = temp[i, j, k]                                                                      <L 41>
    var_6 = wp::address(var_temp, var_0, var_1, var_2);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if f <= 0.0 or t < IGNITION_TEMP:                                                      <L 42>
    var_10 = (var_4 <= var_9);
    var_12 = (var_7 < var_11);
    var_13 = var_10 || var_12;
    if (var_13) {
        // temp[i, j, k] = t - params.cooling * (t - AMBIENT_TEMP) * dt                       <L 43>
        var_14 = &(var_params.cooling);
        var_16 = wp::sub(var_7, var_15);
        var_18 = wp::load(var_14);
        var_17 = wp::mul(var_18, var_16);
        var_19 = wp::mul(var_17, var_dt);
        var_20 = wp::sub(var_7, var_19);
        wp::array_store(var_temp, var_0, var_1, var_2, var_20);
        // smoke[i, j, k] = smoke[i, j, k] * (1.0 - params.dissipation * dt)                  <L 44>
        var_21 = wp::address(var_smoke, var_0, var_1, var_2);
        var_23 = &(var_params.dissipation);
        var_25 = wp::load(var_23);
        var_24 = wp::mul(var_25, var_dt);
        var_26 = wp::sub(var_22, var_24);
        var_28 = wp::load(var_21);
        var_27 = wp::mul(var_28, var_26);
        wp::array_store(var_smoke, var_0, var_1, var_2, var_27);
        // return                                                                             <L 45>
        return;
    }
    // b = wp.min(f, params.burn_rate * dt)                                                   <L 46>
    var_29 = &(var_params.burn_rate);
    var_31 = wp::load(var_29);
    var_30 = wp::mul(var_31, var_dt);
    var_32 = wp::min(var_4, var_30);
    // fuel[i, j, k] = f - b                                                                  <L 47>
    var_33 = wp::sub(var_4, var_32);
    wp::array_store(var_fuel, var_0, var_1, var_2, var_33);
    // temp[i, j, k] = t + b * params.heat_release                                            <L 48>
    var_34 = &(var_params.heat_release);
    var_36 = wp::load(var_34);
    var_35 = wp::mul(var_32, var_36);
    var_37 = wp::add(var_7, var_35);
    wp::array_store(var_temp, var_0, var_1, var_2, var_37);
    // smoke[i, j, k] = smoke[i, j, k] + b * params.smoke_yield                               <L 49>
    var_38 = wp::address(var_smoke, var_0, var_1, var_2);
    var_39 = &(var_params.smoke_yield);
    var_41 = wp::load(var_39);
    var_40 = wp::mul(var_32, var_41);
    var_43 = wp::load(var_38);
    var_42 = wp::add(var_43, var_40);
    wp::array_store(var_smoke, var_0, var_1, var_2, var_42);
    // wp.atomic_add(burned, 0, b)                                                            <L 50>
    var_45 = wp::atomic_add(var_burned, var_44, var_32);
}



void combust_32f3975c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_combust_32f3975c *_wp_args,
    wp_args_combust_32f3975c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_fuel = _wp_args->fuel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    FireParams_44109abb var_params = _wp_args->params;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_burned = _wp_args->burned;
    wp::array_t<wp::float32> adj_fuel = _wp_adj_args->fuel;
    wp::array_t<wp::float32> adj_temp = _wp_adj_args->temp;
    wp::array_t<wp::float32> adj_smoke = _wp_adj_args->smoke;
    FireParams_44109abb adj_params = _wp_adj_args->params;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_burned = _wp_adj_args->burned;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 600.0;
    bool var_12;
    bool var_13;
    wp::float32* var_14;
    const wp::float32 var_15 = 293.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32* var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
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
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    //---------
    // forward
    // def combust(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), params: FireParams, dt: float, burned: wp.array(dtype=float)):       <L 38>
    // i, j, k = wp.tid()                                                                     <L 39>
    builtin_tid3d(var_0, var_1, var_2);
    // f = fuel[i, j, k]                                                                      <L 40>
    var_3 = wp::address(var_fuel, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // t = temp[i, j, k]                                                                      <L 41>
    var_6 = wp::address(var_temp, var_0, var_1, var_2);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if f <= 0.0 or t < IGNITION_TEMP:                                                      <L 42>
    var_10 = (var_4 <= var_9);
    var_12 = (var_7 < var_11);
    var_13 = var_10 || var_12;
    if (var_13) {
        // temp[i, j, k] = t - params.cooling * (t - AMBIENT_TEMP) * dt                       <L 43>
        var_14 = &(var_params.cooling);
        var_16 = wp::sub(var_7, var_15);
        var_18 = wp::load(var_14);
        var_17 = wp::mul(var_18, var_16);
        var_19 = wp::mul(var_17, var_dt);
        var_20 = wp::sub(var_7, var_19);
        // wp::array_store(var_temp, var_0, var_1, var_2, var_20);
        // smoke[i, j, k] = smoke[i, j, k] * (1.0 - params.dissipation * dt)                  <L 44>
        var_21 = wp::address(var_smoke, var_0, var_1, var_2);
        var_23 = &(var_params.dissipation);
        var_25 = wp::load(var_23);
        var_24 = wp::mul(var_25, var_dt);
        var_26 = wp::sub(var_22, var_24);
        var_28 = wp::load(var_21);
        var_27 = wp::mul(var_28, var_26);
        // wp::array_store(var_smoke, var_0, var_1, var_2, var_27);
        // return                                                                             <L 45>
        goto label0;
    }
    // b = wp.min(f, params.burn_rate * dt)                                                   <L 46>
    var_29 = &(var_params.burn_rate);
    var_31 = wp::load(var_29);
    var_30 = wp::mul(var_31, var_dt);
    var_32 = wp::min(var_4, var_30);
    // fuel[i, j, k] = f - b                                                                  <L 47>
    var_33 = wp::sub(var_4, var_32);
    // wp::array_store(var_fuel, var_0, var_1, var_2, var_33);
    // temp[i, j, k] = t + b * params.heat_release                                            <L 48>
    var_34 = &(var_params.heat_release);
    var_36 = wp::load(var_34);
    var_35 = wp::mul(var_32, var_36);
    var_37 = wp::add(var_7, var_35);
    // wp::array_store(var_temp, var_0, var_1, var_2, var_37);
    // smoke[i, j, k] = smoke[i, j, k] + b * params.smoke_yield                               <L 49>
    var_38 = wp::address(var_smoke, var_0, var_1, var_2);
    var_39 = &(var_params.smoke_yield);
    var_41 = wp::load(var_39);
    var_40 = wp::mul(var_32, var_41);
    var_43 = wp::load(var_38);
    var_42 = wp::add(var_43, var_40);
    // wp::array_store(var_smoke, var_0, var_1, var_2, var_42);
    // wp.atomic_add(burned, 0, b)                                                            <L 50>
    // var_45 = wp::atomic_add(var_burned, var_44, var_32);
    //---------
    // reverse
    wp::adj_atomic_add(var_burned, var_44, var_32, adj_burned, adj_44, adj_32, adj_45);
    // adj: wp.atomic_add(burned, 0, b)                                                       <L 50>
    wp::adj_array_store(var_smoke, var_0, var_1, var_2, var_42, adj_smoke, adj_0, adj_1, adj_2, adj_42);
    wp::adj_add(var_43, var_40, adj_38, adj_40, adj_42);
    wp::adj_mul(var_32, var_41, adj_32, adj_39, adj_40);
    adj_params.smoke_yield += adj_39;
    wp::adj_address(var_smoke, var_0, var_1, var_2, adj_smoke, adj_0, adj_1, adj_2, adj_38);
    // adj: smoke[i, j, k] = smoke[i, j, k] + b * params.smoke_yield                          <L 49>
    wp::adj_array_store(var_temp, var_0, var_1, var_2, var_37, adj_temp, adj_0, adj_1, adj_2, adj_37);
    wp::adj_add(var_7, var_35, adj_7, adj_35, adj_37);
    wp::adj_mul(var_32, var_36, adj_32, adj_34, adj_35);
    adj_params.heat_release += adj_34;
    // adj: temp[i, j, k] = t + b * params.heat_release                                       <L 48>
    wp::adj_array_store(var_fuel, var_0, var_1, var_2, var_33, adj_fuel, adj_0, adj_1, adj_2, adj_33);
    wp::adj_sub(var_4, var_32, adj_4, adj_32, adj_33);
    // adj: fuel[i, j, k] = f - b                                                             <L 47>
    wp::adj_min(var_4, var_30, adj_4, adj_30, adj_32);
    wp::adj_mul(var_31, var_dt, adj_29, adj_dt, adj_30);
    adj_params.burn_rate += adj_29;
    // adj: b = wp.min(f, params.burn_rate * dt)                                              <L 46>
    if (var_13) {
        label0:;
        // adj: return                                                                        <L 45>
        wp::adj_array_store(var_smoke, var_0, var_1, var_2, var_27, adj_smoke, adj_0, adj_1, adj_2, adj_27);
        wp::adj_mul(var_28, var_26, adj_21, adj_26, adj_27);
        wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_26);
        wp::adj_mul(var_25, var_dt, adj_23, adj_dt, adj_24);
        adj_params.dissipation += adj_23;
        wp::adj_address(var_smoke, var_0, var_1, var_2, adj_smoke, adj_0, adj_1, adj_2, adj_21);
        // adj: smoke[i, j, k] = smoke[i, j, k] * (1.0 - params.dissipation * dt)             <L 44>
        wp::adj_array_store(var_temp, var_0, var_1, var_2, var_20, adj_temp, adj_0, adj_1, adj_2, adj_20);
        wp::adj_sub(var_7, var_19, adj_7, adj_19, adj_20);
        wp::adj_mul(var_17, var_dt, adj_17, adj_dt, adj_19);
        wp::adj_mul(var_18, var_16, adj_14, adj_16, adj_17);
        wp::adj_sub(var_7, var_15, adj_7, adj_15, adj_16);
        adj_params.cooling += adj_14;
        // adj: temp[i, j, k] = t - params.cooling * (t - AMBIENT_TEMP) * dt                  <L 43>
    }
    // adj: if f <= 0.0 or t < IGNITION_TEMP:                                                 <L 42>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_6);
    // adj: t = temp[i, j, k]                                                                 <L 41>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_fuel, var_0, var_1, var_2, adj_fuel, adj_0, adj_1, adj_2, adj_3);
    // adj: f = fuel[i, j, k]                                                                 <L 40>
    // adj: i, j, k = wp.tid()                                                                <L 39>
    // adj: def combust(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), params: FireParams, dt: float, burned: wp.array(dtype=float)):  <L 38>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void combust_32f3975c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_combust_32f3975c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        combust_32f3975c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void combust_32f3975c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_combust_32f3975c *_wp_args,
    wp_args_combust_32f3975c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        combust_32f3975c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_advect_scalar3_79066129 {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
    wp::float32 dt;
    wp::float32 inv_h;
    wp::array_t<wp::float32> dst;
};


void advect_scalar3_79066129_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_scalar3_79066129 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def advect_scalar3(src: wp.array3d(dtype=float), vel: wp.array3d(dtype=wp.vec3), dt: float, inv_h: float, dst: wp.array3d(dtype=float)):       <L 54>
    // i, j, k = wp.tid()                                                                     <L 55>
    builtin_tid3d(var_0, var_1, var_2);
    // p = wp.vec3(float(i), float(j), float(k)) - vel[i, j, k] * (dt * inv_h)                <L 56>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::address(var_vel, var_0, var_1, var_2);
    var_8 = wp::mul(var_dt, var_inv_h);
    var_10 = wp::load(var_7);
    var_9 = wp::mul(var_10, var_8);
    var_11 = wp::sub(var_6, var_9);
    // dst[i, j, k] = trilinear(src, p)                                                       <L 57>
    var_12 = trilinear_0(var_src, var_11);
    wp::array_store(var_dst, var_0, var_1, var_2, var_12);
}



void advect_scalar3_79066129_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_advect_scalar3_79066129 *_wp_args,
    wp_args_advect_scalar3_79066129 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def advect_scalar3(src: wp.array3d(dtype=float), vel: wp.array3d(dtype=wp.vec3), dt: float, inv_h: float, dst: wp.array3d(dtype=float)):       <L 54>
    // i, j, k = wp.tid()                                                                     <L 55>
    builtin_tid3d(var_0, var_1, var_2);
    // p = wp.vec3(float(i), float(j), float(k)) - vel[i, j, k] * (dt * inv_h)                <L 56>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::address(var_vel, var_0, var_1, var_2);
    var_8 = wp::mul(var_dt, var_inv_h);
    var_10 = wp::load(var_7);
    var_9 = wp::mul(var_10, var_8);
    var_11 = wp::sub(var_6, var_9);
    // dst[i, j, k] = trilinear(src, p)                                                       <L 57>
    var_12 = trilinear_0(var_src, var_11);
    // wp::array_store(var_dst, var_0, var_1, var_2, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_2, var_12, adj_dst, adj_0, adj_1, adj_2, adj_12);
    adj_trilinear_0(var_src, var_11, adj_src, adj_11, adj_12);
    // adj: dst[i, j, k] = trilinear(src, p)                                                  <L 57>
    wp::adj_sub(var_6, var_9, adj_6, adj_9, adj_11);
    wp::adj_mul(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_mul(var_dt, var_inv_h, adj_dt, adj_inv_h, adj_8);
    wp::adj_address(var_vel, var_0, var_1, var_2, adj_vel, adj_0, adj_1, adj_2, adj_7);
    wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
    wp::adj_float(var_2, adj_2, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: p = wp.vec3(float(i), float(j), float(k)) - vel[i, j, k] * (dt * inv_h)           <L 56>
    // adj: i, j, k = wp.tid()                                                                <L 55>
    // adj: def advect_scalar3(src: wp.array3d(dtype=float), vel: wp.array3d(dtype=wp.vec3), dt: float, inv_h: float, dst: wp.array3d(dtype=float)):  <L 54>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void advect_scalar3_79066129_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_advect_scalar3_79066129 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_scalar3_79066129_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void advect_scalar3_79066129_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_advect_scalar3_79066129 *_wp_args,
    wp_args_advect_scalar3_79066129 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        advect_scalar3_79066129_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_buoyancy3_900e6896 {
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
    wp::array_t<wp::float32> temp;
    wp::array_t<wp::float32> smoke;
    wp::float32 alpha;
    wp::float32 beta;
    wp::float32 dt;
};


void buoyancy3_900e6896_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_buoyancy3_900e6896 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    const wp::float32 var_4 = 293.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def buoyancy3(vel: wp.array3d(dtype=wp.vec3), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), alpha: float, beta: float, dt: float):       <L 61>
    // i, j, k = wp.tid()                                                                     <L 62>
    builtin_tid3d(var_0, var_1, var_2);
    // up = beta * (temp[i, j, k] - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * smoke[i, j, k]       <L 63>
    var_3 = wp::address(var_temp, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = wp::sub(var_6, var_4);
    var_7 = wp::mul(var_beta, var_5);
    var_8 = wp::div(var_7, var_4);
    var_9 = wp::address(var_smoke, var_0, var_1, var_2);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_alpha, var_11);
    var_12 = wp::sub(var_8, var_10);
    // vel[i, j, k] = vel[i, j, k] + wp.vec3(0.0, up * dt, 0.0)                               <L 64>
    var_13 = wp::address(var_vel, var_0, var_1, var_2);
    var_15 = wp::mul(var_12, var_dt);
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_19 = wp::load(var_13);
    var_18 = wp::add(var_19, var_17);
    wp::array_store(var_vel, var_0, var_1, var_2, var_18);
}



void buoyancy3_900e6896_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_buoyancy3_900e6896 *_wp_args,
    wp_args_buoyancy3_900e6896 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float32> adj_temp = _wp_adj_args->temp;
    wp::array_t<wp::float32> adj_smoke = _wp_adj_args->smoke;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::float32 adj_beta = _wp_adj_args->beta;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    const wp::float32 var_4 = 293.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
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
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def buoyancy3(vel: wp.array3d(dtype=wp.vec3), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), alpha: float, beta: float, dt: float):       <L 61>
    // i, j, k = wp.tid()                                                                     <L 62>
    builtin_tid3d(var_0, var_1, var_2);
    // up = beta * (temp[i, j, k] - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * smoke[i, j, k]       <L 63>
    var_3 = wp::address(var_temp, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = wp::sub(var_6, var_4);
    var_7 = wp::mul(var_beta, var_5);
    var_8 = wp::div(var_7, var_4);
    var_9 = wp::address(var_smoke, var_0, var_1, var_2);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_alpha, var_11);
    var_12 = wp::sub(var_8, var_10);
    // vel[i, j, k] = vel[i, j, k] + wp.vec3(0.0, up * dt, 0.0)                               <L 64>
    var_13 = wp::address(var_vel, var_0, var_1, var_2);
    var_15 = wp::mul(var_12, var_dt);
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_19 = wp::load(var_13);
    var_18 = wp::add(var_19, var_17);
    // wp::array_store(var_vel, var_0, var_1, var_2, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_vel, var_0, var_1, var_2, var_18, adj_vel, adj_0, adj_1, adj_2, adj_18);
    wp::adj_add(var_19, var_17, adj_13, adj_17, adj_18);
    wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_15);
    wp::adj_address(var_vel, var_0, var_1, var_2, adj_vel, adj_0, adj_1, adj_2, adj_13);
    // adj: vel[i, j, k] = vel[i, j, k] + wp.vec3(0.0, up * dt, 0.0)                          <L 64>
    wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_12);
    wp::adj_mul(var_alpha, var_11, adj_alpha, adj_9, adj_10);
    wp::adj_address(var_smoke, var_0, var_1, var_2, adj_smoke, adj_0, adj_1, adj_2, adj_9);
    wp::adj_div(var_7, var_4, var_8, adj_7, adj_4, adj_8);
    wp::adj_mul(var_beta, var_5, adj_beta, adj_5, adj_7);
    wp::adj_sub(var_6, var_4, adj_3, adj_4, adj_5);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_3);
    // adj: up = beta * (temp[i, j, k] - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * smoke[i, j, k]  <L 63>
    // adj: i, j, k = wp.tid()                                                                <L 62>
    // adj: def buoyancy3(vel: wp.array3d(dtype=wp.vec3), temp: wp.array3d(dtype=float), smoke: wp.array3d(dtype=float), alpha: float, beta: float, dt: float):  <L 61>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void buoyancy3_900e6896_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_buoyancy3_900e6896 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        buoyancy3_900e6896_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void buoyancy3_900e6896_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_buoyancy3_900e6896 *_wp_args,
    wp_args_buoyancy3_900e6896 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        buoyancy3_900e6896_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_emit_source_1b4b6af0 {
    wp::array_t<wp::float32> fuel;
    wp::array_t<wp::float32> temp;
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;
    wp::float32 fuel_rate;
    wp::float32 dt;
};


void emit_source_1b4b6af0_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_emit_source_1b4b6af0 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_fuel = _wp_args->fuel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_fuel_rate = _wp_args->fuel_rate;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    bool var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    const wp::float32 var_19 = 600.0;
    const wp::float32 var_20 = 100.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def emit_source(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), center: wp.vec3, radius: float, fuel_rate: float, dt: float):       <L 68>
    // i, j, k = wp.tid()                                                                     <L 69>
    builtin_tid3d(var_0, var_1, var_2);
    // d = wp.length(wp.vec3(float(i), float(j), float(k)) - center)                          <L 70>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::sub(var_6, var_center);
    var_8 = wp::length(var_7);
    // if d > radius:                                                                         <L 71>
    var_9 = (var_8 > var_radius);
    if (var_9) {
        // return                                                                             <L 72>
        return;
    }
    // falloff = 1.0 - d / radius                                                             <L 73>
    var_11 = wp::div(var_8, var_radius);
    var_12 = wp::sub(var_10, var_11);
    // fuel[i, j, k] = fuel[i, j, k] + fuel_rate * falloff * dt                               <L 74>
    var_13 = wp::address(var_fuel, var_0, var_1, var_2);
    var_14 = wp::mul(var_fuel_rate, var_12);
    var_15 = wp::mul(var_14, var_dt);
    var_17 = wp::load(var_13);
    var_16 = wp::add(var_17, var_15);
    wp::array_store(var_fuel, var_0, var_1, var_2, var_16);
    // temp[i, j, k] = wp.max(temp[i, j, k], IGNITION_TEMP + 100.0 * falloff)                 <L 75>
    var_18 = wp::address(var_temp, var_0, var_1, var_2);
    var_21 = wp::mul(var_20, var_12);
    var_22 = wp::add(var_19, var_21);
    var_24 = wp::load(var_18);
    var_23 = wp::max(var_24, var_22);
    wp::array_store(var_temp, var_0, var_1, var_2, var_23);
}



void emit_source_1b4b6af0_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_emit_source_1b4b6af0 *_wp_args,
    wp_args_emit_source_1b4b6af0 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_fuel = _wp_args->fuel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_fuel_rate = _wp_args->fuel_rate;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> adj_fuel = _wp_adj_args->fuel;
    wp::array_t<wp::float32> adj_temp = _wp_adj_args->temp;
    wp::vec_t<3, wp::float32> adj_center = _wp_adj_args->center;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::float32 adj_fuel_rate = _wp_adj_args->fuel_rate;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    bool var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    const wp::float32 var_19 = 600.0;
    const wp::float32 var_20 = 100.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
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
    //---------
    // forward
    // def emit_source(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), center: wp.vec3, radius: float, fuel_rate: float, dt: float):       <L 68>
    // i, j, k = wp.tid()                                                                     <L 69>
    builtin_tid3d(var_0, var_1, var_2);
    // d = wp.length(wp.vec3(float(i), float(j), float(k)) - center)                          <L 70>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::sub(var_6, var_center);
    var_8 = wp::length(var_7);
    // if d > radius:                                                                         <L 71>
    var_9 = (var_8 > var_radius);
    if (var_9) {
        // return                                                                             <L 72>
        goto label0;
    }
    // falloff = 1.0 - d / radius                                                             <L 73>
    var_11 = wp::div(var_8, var_radius);
    var_12 = wp::sub(var_10, var_11);
    // fuel[i, j, k] = fuel[i, j, k] + fuel_rate * falloff * dt                               <L 74>
    var_13 = wp::address(var_fuel, var_0, var_1, var_2);
    var_14 = wp::mul(var_fuel_rate, var_12);
    var_15 = wp::mul(var_14, var_dt);
    var_17 = wp::load(var_13);
    var_16 = wp::add(var_17, var_15);
    // wp::array_store(var_fuel, var_0, var_1, var_2, var_16);
    // temp[i, j, k] = wp.max(temp[i, j, k], IGNITION_TEMP + 100.0 * falloff)                 <L 75>
    var_18 = wp::address(var_temp, var_0, var_1, var_2);
    var_21 = wp::mul(var_20, var_12);
    var_22 = wp::add(var_19, var_21);
    var_24 = wp::load(var_18);
    var_23 = wp::max(var_24, var_22);
    // wp::array_store(var_temp, var_0, var_1, var_2, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_temp, var_0, var_1, var_2, var_23, adj_temp, adj_0, adj_1, adj_2, adj_23);
    wp::adj_max(var_24, var_22, adj_18, adj_22, adj_23);
    wp::adj_add(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_mul(var_20, var_12, adj_20, adj_12, adj_21);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_18);
    // adj: temp[i, j, k] = wp.max(temp[i, j, k], IGNITION_TEMP + 100.0 * falloff)            <L 75>
    wp::adj_array_store(var_fuel, var_0, var_1, var_2, var_16, adj_fuel, adj_0, adj_1, adj_2, adj_16);
    wp::adj_add(var_17, var_15, adj_13, adj_15, adj_16);
    wp::adj_mul(var_14, var_dt, adj_14, adj_dt, adj_15);
    wp::adj_mul(var_fuel_rate, var_12, adj_fuel_rate, adj_12, adj_14);
    wp::adj_address(var_fuel, var_0, var_1, var_2, adj_fuel, adj_0, adj_1, adj_2, adj_13);
    // adj: fuel[i, j, k] = fuel[i, j, k] + fuel_rate * falloff * dt                          <L 74>
    wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_div(var_8, var_radius, var_11, adj_8, adj_radius, adj_11);
    // adj: falloff = 1.0 - d / radius                                                        <L 73>
    if (var_9) {
        label0:;
        // adj: return                                                                        <L 72>
    }
    // adj: if d > radius:                                                                    <L 71>
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_6, var_center, adj_6, adj_center, adj_7);
    wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
    wp::adj_float(var_2, adj_2, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: d = wp.length(wp.vec3(float(i), float(j), float(k)) - center)                     <L 70>
    // adj: i, j, k = wp.tid()                                                                <L 69>
    // adj: def emit_source(fuel: wp.array3d(dtype=float), temp: wp.array3d(dtype=float), center: wp.vec3, radius: float, fuel_rate: float, dt: float):  <L 68>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void emit_source_1b4b6af0_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_emit_source_1b4b6af0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        emit_source_1b4b6af0_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void emit_source_1b4b6af0_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_emit_source_1b4b6af0 *_wp_args,
    wp_args_emit_source_1b4b6af0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        emit_source_1b4b6af0_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_fused_fire_step_00944af8 {
    wp::array_t<wp::float32> fuel;
    wp::array_t<wp::float32> temp;
    wp::array_t<wp::float32> smoke;
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
    wp::array_t<wp::float32> fuel_out;
    wp::array_t<wp::float32> temp_out;
    wp::array_t<wp::float32> smoke_out;
    FireParams_44109abb params;
    wp::float32 dt;
    wp::float32 inv_h;
    wp::float32 alpha;
    wp::float32 beta;
    wp::array_t<wp::float32> stats;
};


void fused_fire_step_00944af8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fused_fire_step_00944af8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_fuel = _wp_args->fuel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_fuel_out = _wp_args->fuel_out;
    wp::array_t<wp::float32> var_temp_out = _wp_args->temp_out;
    wp::array_t<wp::float32> var_smoke_out = _wp_args->smoke_out;
    FireParams_44109abb var_params = _wp_args->params;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_stats = _wp_args->stats;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 293.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    bool var_45;
    bool var_46;
    const wp::float32 var_47 = 0.5;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.0;
    wp::float32 var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    const wp::float32 var_55 = 600.0;
    bool var_56;
    bool var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32* var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    const wp::float32 var_87 = 1.0;
    wp::float32* var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    const wp::float32 var_95 = 0.0;
    wp::float32 var_96;
    const wp::int32 var_97 = 0;
    const wp::int32 var_98 = 0;
    const wp::int32 var_99 = 2;
    wp::int32 var_100;
    const wp::int32 var_101 = 1;
    wp::int32 var_102;
    wp::int32 var_103;
    wp::int32 var_104;
    wp::int32 var_105;
    const wp::int32 var_106 = 0;
    bool var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 0;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    wp::int32 var_112;
    wp::int32 var_113;
    const wp::int32 var_114 = 1;
    bool var_115;
    wp::int32 var_116;
    const wp::int32 var_117 = 0;
    const wp::int32 var_118 = 1;
    wp::int32 var_119;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::int32 var_122;
    const wp::int32 var_123 = 0;
    const wp::int32 var_124 = 1;
    wp::int32 var_125;
    wp::int32 var_126;
    wp::int32 var_127;
    wp::int32 var_128;
    wp::int32 var_129;
    wp::float32* var_130;
    wp::float32* var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    wp::float32* var_135;
    wp::float32* var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    const wp::int32 var_141 = 1;
    const wp::int32 var_142 = 2;
    wp::int32 var_143;
    const wp::int32 var_144 = 1;
    wp::int32 var_145;
    wp::int32 var_146;
    wp::int32 var_147;
    wp::int32 var_148;
    const wp::int32 var_149 = 0;
    bool var_150;
    wp::int32 var_151;
    const wp::int32 var_152 = 0;
    const wp::int32 var_153 = 1;
    wp::int32 var_154;
    wp::int32 var_155;
    wp::int32 var_156;
    const wp::int32 var_157 = 1;
    bool var_158;
    wp::int32 var_159;
    const wp::int32 var_160 = 0;
    const wp::int32 var_161 = 1;
    wp::int32 var_162;
    wp::int32 var_163;
    wp::int32 var_164;
    wp::int32 var_165;
    const wp::int32 var_166 = 0;
    const wp::int32 var_167 = 1;
    wp::int32 var_168;
    wp::int32 var_169;
    wp::int32 var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    wp::float32* var_173;
    wp::float32* var_174;
    wp::float32 var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32* var_178;
    wp::float32* var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    const wp::int32 var_184 = 1;
    const wp::int32 var_185 = 0;
    const wp::int32 var_186 = 2;
    wp::int32 var_187;
    const wp::int32 var_188 = 1;
    wp::int32 var_189;
    wp::int32 var_190;
    wp::int32 var_191;
    wp::int32 var_192;
    const wp::int32 var_193 = 0;
    bool var_194;
    wp::int32 var_195;
    const wp::int32 var_196 = 0;
    const wp::int32 var_197 = 1;
    wp::int32 var_198;
    wp::int32 var_199;
    wp::int32 var_200;
    const wp::int32 var_201 = 1;
    bool var_202;
    wp::int32 var_203;
    const wp::int32 var_204 = 0;
    const wp::int32 var_205 = 1;
    wp::int32 var_206;
    wp::int32 var_207;
    wp::int32 var_208;
    wp::int32 var_209;
    const wp::int32 var_210 = 0;
    const wp::int32 var_211 = 1;
    wp::int32 var_212;
    wp::int32 var_213;
    wp::int32 var_214;
    wp::int32 var_215;
    wp::int32 var_216;
    wp::float32* var_217;
    wp::float32* var_218;
    wp::float32 var_219;
    wp::float32 var_220;
    wp::float32 var_221;
    wp::float32* var_222;
    wp::float32* var_223;
    wp::float32 var_224;
    wp::float32 var_225;
    wp::float32 var_226;
    wp::float32 var_227;
    const wp::int32 var_228 = 1;
    const wp::int32 var_229 = 2;
    wp::int32 var_230;
    const wp::int32 var_231 = 1;
    wp::int32 var_232;
    wp::int32 var_233;
    wp::int32 var_234;
    wp::int32 var_235;
    const wp::int32 var_236 = 0;
    bool var_237;
    wp::int32 var_238;
    const wp::int32 var_239 = 0;
    const wp::int32 var_240 = 1;
    wp::int32 var_241;
    wp::int32 var_242;
    wp::int32 var_243;
    const wp::int32 var_244 = 1;
    bool var_245;
    wp::int32 var_246;
    const wp::int32 var_247 = 0;
    const wp::int32 var_248 = 1;
    wp::int32 var_249;
    wp::int32 var_250;
    wp::int32 var_251;
    wp::int32 var_252;
    const wp::int32 var_253 = 0;
    const wp::int32 var_254 = 1;
    wp::int32 var_255;
    wp::int32 var_256;
    wp::int32 var_257;
    wp::int32 var_258;
    wp::int32 var_259;
    wp::float32* var_260;
    wp::float32* var_261;
    wp::float32 var_262;
    wp::float32 var_263;
    wp::float32 var_264;
    wp::float32* var_265;
    wp::float32* var_266;
    wp::float32 var_267;
    wp::float32 var_268;
    wp::float32 var_269;
    wp::float32 var_270;
    const wp::int32 var_271 = 2;
    const wp::int32 var_272 = 0;
    const wp::int32 var_273 = 2;
    wp::int32 var_274;
    const wp::int32 var_275 = 1;
    wp::int32 var_276;
    wp::int32 var_277;
    wp::int32 var_278;
    wp::int32 var_279;
    const wp::int32 var_280 = 0;
    bool var_281;
    wp::int32 var_282;
    const wp::int32 var_283 = 0;
    const wp::int32 var_284 = 1;
    wp::int32 var_285;
    wp::int32 var_286;
    wp::int32 var_287;
    const wp::int32 var_288 = 1;
    bool var_289;
    wp::int32 var_290;
    const wp::int32 var_291 = 0;
    const wp::int32 var_292 = 1;
    wp::int32 var_293;
    wp::int32 var_294;
    wp::int32 var_295;
    wp::int32 var_296;
    const wp::int32 var_297 = 0;
    const wp::int32 var_298 = 1;
    wp::int32 var_299;
    wp::int32 var_300;
    wp::int32 var_301;
    wp::int32 var_302;
    wp::int32 var_303;
    wp::float32* var_304;
    wp::float32* var_305;
    wp::float32 var_306;
    wp::float32 var_307;
    wp::float32 var_308;
    wp::float32* var_309;
    wp::float32* var_310;
    wp::float32 var_311;
    wp::float32 var_312;
    wp::float32 var_313;
    wp::float32 var_314;
    const wp::int32 var_315 = 1;
    const wp::int32 var_316 = 2;
    wp::int32 var_317;
    const wp::int32 var_318 = 1;
    wp::int32 var_319;
    wp::int32 var_320;
    wp::int32 var_321;
    wp::int32 var_322;
    const wp::int32 var_323 = 0;
    bool var_324;
    wp::int32 var_325;
    const wp::int32 var_326 = 0;
    const wp::int32 var_327 = 1;
    wp::int32 var_328;
    wp::int32 var_329;
    wp::int32 var_330;
    const wp::int32 var_331 = 1;
    bool var_332;
    wp::int32 var_333;
    const wp::int32 var_334 = 0;
    const wp::int32 var_335 = 1;
    wp::int32 var_336;
    wp::int32 var_337;
    wp::int32 var_338;
    wp::int32 var_339;
    const wp::int32 var_340 = 0;
    const wp::int32 var_341 = 1;
    wp::int32 var_342;
    wp::int32 var_343;
    wp::int32 var_344;
    wp::int32 var_345;
    wp::int32 var_346;
    wp::float32* var_347;
    wp::float32* var_348;
    wp::float32 var_349;
    wp::float32 var_350;
    wp::float32 var_351;
    wp::float32* var_352;
    wp::float32* var_353;
    wp::float32 var_354;
    wp::float32 var_355;
    wp::float32 var_356;
    wp::float32 var_357;
    const wp::float32 var_358 = 0.05;
    wp::float32 var_359;
    const wp::float32 var_360 = 0.05;
    wp::float32 var_361;
    wp::float32 var_362;
    const wp::float32 var_363 = 0.0;
    wp::float32 var_364;
    wp::float32 var_365;
    wp::float32 var_366;
    wp::float32 var_367;
    wp::float32 var_368;
    wp::float32 var_369;
    const wp::float32 var_370 = 0.0;
    wp::float32 var_371;
    const wp::float32 var_372 = 0.0;
    wp::vec_t<3, wp::float32> var_373;
    wp::vec_t<3, wp::float32> var_374;
    const wp::int32 var_375 = 0;
    wp::float32 var_376;
    const wp::int32 var_377 = 1;
    wp::float32 var_378;
    //---------
    // forward
    // def fused_fire_step(                                                                   <L 79>
    // i, j, k = wp.tid()                                                                     <L 94>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = fuel.shape[0]                                                                     <L 95>
    var_3 = &(var_fuel.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = fuel.shape[1]                                                                     <L 96>
    var_7 = &(var_fuel.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = fuel.shape[2]                                                                     <L 97>
    var_11 = &(var_fuel.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // u = vel[i, j, k]                                                                       <L 99>
    var_15 = wp::address(var_vel, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p = wp.vec3(float(i), float(j), float(k)) - u * (dt * inv_h)                           <L 100>
    var_18 = wp::float(var_0);
    var_19 = wp::float(var_1);
    var_20 = wp::float(var_2);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::mul(var_dt, var_inv_h);
    var_23 = wp::mul(var_16, var_22);
    var_24 = wp::sub(var_21, var_23);
    // f = trilinear(fuel, p)                                                                 <L 101>
    var_25 = trilinear_0(var_fuel, var_24);
    // t = trilinear(temp, p)                                                                 <L 102>
    var_26 = trilinear_0(var_temp, var_24);
    // s = trilinear(smoke, p)                                                                <L 103>
    var_27 = trilinear_0(var_smoke, var_24);
    // if j == ny - 1:                                                                        <L 106>
    var_29 = wp::sub(var_9, var_28);
    var_30 = (var_1 == var_29);
    if (var_30) {
        // s = 0.0                                                                            <L 107>
        // t = AMBIENT_TEMP                                                                   <L 108>
        var_33 = wp::copy(var_32);
    }
    var_34 = wp::where(var_30, var_33, var_26);
    var_35 = wp::where(var_30, var_31, var_27);
    if (!var_30) {
        // elif i == 0 or k == 0 or i == nx - 1 or k == nz - 1:                               <L 109>
        var_37 = (var_0 == var_36);
        var_39 = (var_2 == var_38);
        var_41 = wp::sub(var_5, var_40);
        var_42 = (var_0 == var_41);
        var_44 = wp::sub(var_13, var_43);
        var_45 = (var_2 == var_44);
        var_46 = var_37 || var_39 || var_42 || var_45;
        if (var_46) {
            // t = wp.lerp(t, AMBIENT_TEMP, 0.5)                                              <L 110>
            var_48 = wp::lerp(var_34, var_32, var_47);
        }
        var_49 = wp::where(var_46, var_48, var_34);
    }
    var_50 = wp::where(var_30, var_34, var_49);
    // burned = float(0.0)                                                                    <L 113>
    var_52 = wp::float(var_51);
    // if f > 0.0 and t >= IGNITION_TEMP:                                                     <L 114>
    var_54 = (var_25 > var_53);
    var_56 = (var_50 >= var_55);
    var_57 = var_54 && var_56;
    if (var_57) {
        // burned = wp.min(f, params.burn_rate * dt)                                          <L 115>
        var_58 = &(var_params.burn_rate);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_60, var_dt);
        var_61 = wp::min(var_25, var_59);
        // f -= burned                                                                        <L 116>
        var_62 = wp::sub(var_25, var_61);
        // t += burned * params.heat_release                                                  <L 117>
        var_63 = &(var_params.heat_release);
        var_65 = wp::load(var_63);
        var_64 = wp::mul(var_61, var_65);
        var_66 = &(var_params.heat_release);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_61, var_68);
        var_69 = wp::add(var_50, var_67);
        // s += burned * params.smoke_yield                                                   <L 118>
        var_70 = &(var_params.smoke_yield);
        var_72 = wp::load(var_70);
        var_71 = wp::mul(var_61, var_72);
        var_73 = &(var_params.smoke_yield);
        var_75 = wp::load(var_73);
        var_74 = wp::mul(var_61, var_75);
        var_76 = wp::add(var_35, var_74);
    }
    var_77 = wp::where(var_57, var_62, var_25);
    var_78 = wp::where(var_57, var_69, var_50);
    var_79 = wp::where(var_57, var_76, var_35);
    var_80 = wp::where(var_57, var_61, var_52);
    if (!var_57) {
        // t = t - params.cooling * (t - AMBIENT_TEMP) * dt                                   <L 120>
        var_81 = &(var_params.cooling);
        var_82 = wp::sub(var_78, var_32);
        var_84 = wp::load(var_81);
        var_83 = wp::mul(var_84, var_82);
        var_85 = wp::mul(var_83, var_dt);
        var_86 = wp::sub(var_78, var_85);
        // s = s * (1.0 - params.dissipation * dt)                                            <L 121>
        var_88 = &(var_params.dissipation);
        var_90 = wp::load(var_88);
        var_89 = wp::mul(var_90, var_dt);
        var_91 = wp::sub(var_87, var_89);
        var_92 = wp::mul(var_79, var_91);
    }
    var_93 = wp::where(var_57, var_78, var_86);
    var_94 = wp::where(var_57, var_79, var_92);
    // lap = float(0.0)                                                                       <L 124>
    var_96 = wp::float(var_95);
    // for axis in range(3):                                                                  <L 125>
    // for side in range(2):                                                                  <L 126>
    // off = side * 2 - 1                                                                     <L 127>
    var_100 = wp::mul(var_98, var_99);
    var_102 = wp::sub(var_100, var_101);
    // ii = i                                                                                 <L 128>
    var_103 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_104 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_105 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_107 = (var_97 == var_106);
    if (var_107) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_108 = wp::add(var_0, var_102);
        var_111 = wp::sub(var_5, var_110);
        var_112 = wp::clamp(var_108, var_109, var_111);
    }
    var_113 = wp::where(var_107, var_112, var_103);
    if (!var_107) {
        // elif axis == 1:                                                                    <L 133>
        var_115 = (var_97 == var_114);
        if (var_115) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_116 = wp::add(var_1, var_102);
            var_119 = wp::sub(var_9, var_118);
            var_120 = wp::clamp(var_116, var_117, var_119);
        }
        var_121 = wp::where(var_115, var_120, var_104);
        if (!var_115) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_122 = wp::add(var_2, var_102);
            var_125 = wp::sub(var_13, var_124);
            var_126 = wp::clamp(var_122, var_123, var_125);
        }
        var_127 = wp::where(var_115, var_105, var_126);
    }
    var_128 = wp::where(var_107, var_104, var_121);
    var_129 = wp::where(var_107, var_105, var_127);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_130 = wp::address(var_temp, var_113, var_128, var_129);
    var_131 = wp::address(var_temp, var_0, var_1, var_2);
    var_133 = wp::load(var_130);
    var_134 = wp::load(var_131);
    var_132 = wp::sub(var_133, var_134);
    var_135 = wp::address(var_temp, var_113, var_128, var_129);
    var_136 = wp::address(var_temp, var_0, var_1, var_2);
    var_138 = wp::load(var_135);
    var_139 = wp::load(var_136);
    var_137 = wp::sub(var_138, var_139);
    var_140 = wp::add(var_96, var_137);
    // off = side * 2 - 1                                                                     <L 127>
    var_143 = wp::mul(var_141, var_142);
    var_145 = wp::sub(var_143, var_144);
    // ii = i                                                                                 <L 128>
    var_146 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_147 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_148 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_150 = (var_97 == var_149);
    if (var_150) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_151 = wp::add(var_0, var_145);
        var_154 = wp::sub(var_5, var_153);
        var_155 = wp::clamp(var_151, var_152, var_154);
    }
    var_156 = wp::where(var_150, var_155, var_146);
    if (!var_150) {
        // elif axis == 1:                                                                    <L 133>
        var_158 = (var_97 == var_157);
        if (var_158) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_159 = wp::add(var_1, var_145);
            var_162 = wp::sub(var_9, var_161);
            var_163 = wp::clamp(var_159, var_160, var_162);
        }
        var_164 = wp::where(var_158, var_163, var_147);
        if (!var_158) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_165 = wp::add(var_2, var_145);
            var_168 = wp::sub(var_13, var_167);
            var_169 = wp::clamp(var_165, var_166, var_168);
        }
        var_170 = wp::where(var_158, var_148, var_169);
    }
    var_171 = wp::where(var_150, var_147, var_164);
    var_172 = wp::where(var_150, var_148, var_170);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_173 = wp::address(var_temp, var_156, var_171, var_172);
    var_174 = wp::address(var_temp, var_0, var_1, var_2);
    var_176 = wp::load(var_173);
    var_177 = wp::load(var_174);
    var_175 = wp::sub(var_176, var_177);
    var_178 = wp::address(var_temp, var_156, var_171, var_172);
    var_179 = wp::address(var_temp, var_0, var_1, var_2);
    var_181 = wp::load(var_178);
    var_182 = wp::load(var_179);
    var_180 = wp::sub(var_181, var_182);
    var_183 = wp::add(var_140, var_180);
    // for side in range(2):                                                                  <L 126>
    // off = side * 2 - 1                                                                     <L 127>
    var_187 = wp::mul(var_185, var_186);
    var_189 = wp::sub(var_187, var_188);
    // ii = i                                                                                 <L 128>
    var_190 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_191 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_192 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_194 = (var_184 == var_193);
    if (var_194) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_195 = wp::add(var_0, var_189);
        var_198 = wp::sub(var_5, var_197);
        var_199 = wp::clamp(var_195, var_196, var_198);
    }
    var_200 = wp::where(var_194, var_199, var_190);
    if (!var_194) {
        // elif axis == 1:                                                                    <L 133>
        var_202 = (var_184 == var_201);
        if (var_202) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_203 = wp::add(var_1, var_189);
            var_206 = wp::sub(var_9, var_205);
            var_207 = wp::clamp(var_203, var_204, var_206);
        }
        var_208 = wp::where(var_202, var_207, var_191);
        if (!var_202) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_209 = wp::add(var_2, var_189);
            var_212 = wp::sub(var_13, var_211);
            var_213 = wp::clamp(var_209, var_210, var_212);
        }
        var_214 = wp::where(var_202, var_192, var_213);
    }
    var_215 = wp::where(var_194, var_191, var_208);
    var_216 = wp::where(var_194, var_192, var_214);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_217 = wp::address(var_temp, var_200, var_215, var_216);
    var_218 = wp::address(var_temp, var_0, var_1, var_2);
    var_220 = wp::load(var_217);
    var_221 = wp::load(var_218);
    var_219 = wp::sub(var_220, var_221);
    var_222 = wp::address(var_temp, var_200, var_215, var_216);
    var_223 = wp::address(var_temp, var_0, var_1, var_2);
    var_225 = wp::load(var_222);
    var_226 = wp::load(var_223);
    var_224 = wp::sub(var_225, var_226);
    var_227 = wp::add(var_183, var_224);
    // off = side * 2 - 1                                                                     <L 127>
    var_230 = wp::mul(var_228, var_229);
    var_232 = wp::sub(var_230, var_231);
    // ii = i                                                                                 <L 128>
    var_233 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_234 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_235 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_237 = (var_184 == var_236);
    if (var_237) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_238 = wp::add(var_0, var_232);
        var_241 = wp::sub(var_5, var_240);
        var_242 = wp::clamp(var_238, var_239, var_241);
    }
    var_243 = wp::where(var_237, var_242, var_233);
    if (!var_237) {
        // elif axis == 1:                                                                    <L 133>
        var_245 = (var_184 == var_244);
        if (var_245) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_246 = wp::add(var_1, var_232);
            var_249 = wp::sub(var_9, var_248);
            var_250 = wp::clamp(var_246, var_247, var_249);
        }
        var_251 = wp::where(var_245, var_250, var_234);
        if (!var_245) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_252 = wp::add(var_2, var_232);
            var_255 = wp::sub(var_13, var_254);
            var_256 = wp::clamp(var_252, var_253, var_255);
        }
        var_257 = wp::where(var_245, var_235, var_256);
    }
    var_258 = wp::where(var_237, var_234, var_251);
    var_259 = wp::where(var_237, var_235, var_257);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_260 = wp::address(var_temp, var_243, var_258, var_259);
    var_261 = wp::address(var_temp, var_0, var_1, var_2);
    var_263 = wp::load(var_260);
    var_264 = wp::load(var_261);
    var_262 = wp::sub(var_263, var_264);
    var_265 = wp::address(var_temp, var_243, var_258, var_259);
    var_266 = wp::address(var_temp, var_0, var_1, var_2);
    var_268 = wp::load(var_265);
    var_269 = wp::load(var_266);
    var_267 = wp::sub(var_268, var_269);
    var_270 = wp::add(var_227, var_267);
    // for side in range(2):                                                                  <L 126>
    // off = side * 2 - 1                                                                     <L 127>
    var_274 = wp::mul(var_272, var_273);
    var_276 = wp::sub(var_274, var_275);
    // ii = i                                                                                 <L 128>
    var_277 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_278 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_279 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_281 = (var_271 == var_280);
    if (var_281) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_282 = wp::add(var_0, var_276);
        var_285 = wp::sub(var_5, var_284);
        var_286 = wp::clamp(var_282, var_283, var_285);
    }
    var_287 = wp::where(var_281, var_286, var_277);
    if (!var_281) {
        // elif axis == 1:                                                                    <L 133>
        var_289 = (var_271 == var_288);
        if (var_289) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_290 = wp::add(var_1, var_276);
            var_293 = wp::sub(var_9, var_292);
            var_294 = wp::clamp(var_290, var_291, var_293);
        }
        var_295 = wp::where(var_289, var_294, var_278);
        if (!var_289) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_296 = wp::add(var_2, var_276);
            var_299 = wp::sub(var_13, var_298);
            var_300 = wp::clamp(var_296, var_297, var_299);
        }
        var_301 = wp::where(var_289, var_279, var_300);
    }
    var_302 = wp::where(var_281, var_278, var_295);
    var_303 = wp::where(var_281, var_279, var_301);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_304 = wp::address(var_temp, var_287, var_302, var_303);
    var_305 = wp::address(var_temp, var_0, var_1, var_2);
    var_307 = wp::load(var_304);
    var_308 = wp::load(var_305);
    var_306 = wp::sub(var_307, var_308);
    var_309 = wp::address(var_temp, var_287, var_302, var_303);
    var_310 = wp::address(var_temp, var_0, var_1, var_2);
    var_312 = wp::load(var_309);
    var_313 = wp::load(var_310);
    var_311 = wp::sub(var_312, var_313);
    var_314 = wp::add(var_270, var_311);
    // off = side * 2 - 1                                                                     <L 127>
    var_317 = wp::mul(var_315, var_316);
    var_319 = wp::sub(var_317, var_318);
    // ii = i                                                                                 <L 128>
    var_320 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_321 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_322 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_324 = (var_271 == var_323);
    if (var_324) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_325 = wp::add(var_0, var_319);
        var_328 = wp::sub(var_5, var_327);
        var_329 = wp::clamp(var_325, var_326, var_328);
    }
    var_330 = wp::where(var_324, var_329, var_320);
    if (!var_324) {
        // elif axis == 1:                                                                    <L 133>
        var_332 = (var_271 == var_331);
        if (var_332) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_333 = wp::add(var_1, var_319);
            var_336 = wp::sub(var_9, var_335);
            var_337 = wp::clamp(var_333, var_334, var_336);
        }
        var_338 = wp::where(var_332, var_337, var_321);
        if (!var_332) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_339 = wp::add(var_2, var_319);
            var_342 = wp::sub(var_13, var_341);
            var_343 = wp::clamp(var_339, var_340, var_342);
        }
        var_344 = wp::where(var_332, var_322, var_343);
    }
    var_345 = wp::where(var_324, var_321, var_338);
    var_346 = wp::where(var_324, var_322, var_344);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_347 = wp::address(var_temp, var_330, var_345, var_346);
    var_348 = wp::address(var_temp, var_0, var_1, var_2);
    var_350 = wp::load(var_347);
    var_351 = wp::load(var_348);
    var_349 = wp::sub(var_350, var_351);
    var_352 = wp::address(var_temp, var_330, var_345, var_346);
    var_353 = wp::address(var_temp, var_0, var_1, var_2);
    var_355 = wp::load(var_352);
    var_356 = wp::load(var_353);
    var_354 = wp::sub(var_355, var_356);
    var_357 = wp::add(var_314, var_354);
    // t += 0.05 * lap                                                                        <L 138>
    var_359 = wp::mul(var_358, var_357);
    var_361 = wp::mul(var_360, var_357);
    var_362 = wp::add(var_93, var_361);
    // fuel_out[i, j, k] = f                                                                  <L 140>
    wp::array_store(var_fuel_out, var_0, var_1, var_2, var_77);
    // temp_out[i, j, k] = t                                                                  <L 141>
    wp::array_store(var_temp_out, var_0, var_1, var_2, var_362);
    // smoke_out[i, j, k] = wp.max(s, 0.0)                                                    <L 142>
    var_364 = wp::max(var_94, var_363);
    wp::array_store(var_smoke_out, var_0, var_1, var_2, var_364);
    // up = beta * (t - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * s                              <L 144>
    var_365 = wp::sub(var_362, var_32);
    var_366 = wp::mul(var_beta, var_365);
    var_367 = wp::div(var_366, var_32);
    var_368 = wp::mul(var_alpha, var_94);
    var_369 = wp::sub(var_367, var_368);
    // vel[i, j, k] = u + wp.vec3(0.0, up * dt, 0.0)                                          <L 145>
    var_371 = wp::mul(var_369, var_dt);
    var_373 = wp::vec_t<3, wp::float32>(var_370, var_371, var_372);
    var_374 = wp::add(var_16, var_373);
    wp::array_store(var_vel, var_0, var_1, var_2, var_374);
    // wp.atomic_add(stats, 0, burned)                                                        <L 146>
    var_376 = wp::atomic_add(var_stats, var_375, var_80);
    // wp.atomic_max(stats, 1, t)                                                             <L 147>
    var_378 = wp::atomic_max(var_stats, var_377, var_362);
}



void fused_fire_step_00944af8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fused_fire_step_00944af8 *_wp_args,
    wp_args_fused_fire_step_00944af8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_fuel = _wp_args->fuel;
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_fuel_out = _wp_args->fuel_out;
    wp::array_t<wp::float32> var_temp_out = _wp_args->temp_out;
    wp::array_t<wp::float32> var_smoke_out = _wp_args->smoke_out;
    FireParams_44109abb var_params = _wp_args->params;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_h = _wp_args->inv_h;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_beta = _wp_args->beta;
    wp::array_t<wp::float32> var_stats = _wp_args->stats;
    wp::array_t<wp::float32> adj_fuel = _wp_adj_args->fuel;
    wp::array_t<wp::float32> adj_temp = _wp_adj_args->temp;
    wp::array_t<wp::float32> adj_smoke = _wp_adj_args->smoke;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float32> adj_fuel_out = _wp_adj_args->fuel_out;
    wp::array_t<wp::float32> adj_temp_out = _wp_adj_args->temp_out;
    wp::array_t<wp::float32> adj_smoke_out = _wp_adj_args->smoke_out;
    FireParams_44109abb adj_params = _wp_adj_args->params;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_inv_h = _wp_adj_args->inv_h;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::float32 adj_beta = _wp_adj_args->beta;
    wp::array_t<wp::float32> adj_stats = _wp_adj_args->stats;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 293.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    bool var_45;
    bool var_46;
    const wp::float32 var_47 = 0.5;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 0.0;
    wp::float32 var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    const wp::float32 var_55 = 600.0;
    bool var_56;
    bool var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32* var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    const wp::float32 var_87 = 1.0;
    wp::float32* var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    const wp::float32 var_95 = 0.0;
    wp::float32 var_96;
    const wp::int32 var_97 = 0;
    const wp::int32 var_98 = 0;
    const wp::int32 var_99 = 2;
    wp::int32 var_100;
    const wp::int32 var_101 = 1;
    wp::int32 var_102;
    wp::int32 var_103;
    wp::int32 var_104;
    wp::int32 var_105;
    const wp::int32 var_106 = 0;
    bool var_107;
    wp::int32 var_108;
    const wp::int32 var_109 = 0;
    const wp::int32 var_110 = 1;
    wp::int32 var_111;
    wp::int32 var_112;
    wp::int32 var_113;
    const wp::int32 var_114 = 1;
    bool var_115;
    wp::int32 var_116;
    const wp::int32 var_117 = 0;
    const wp::int32 var_118 = 1;
    wp::int32 var_119;
    wp::int32 var_120;
    wp::int32 var_121;
    wp::int32 var_122;
    const wp::int32 var_123 = 0;
    const wp::int32 var_124 = 1;
    wp::int32 var_125;
    wp::int32 var_126;
    wp::int32 var_127;
    wp::int32 var_128;
    wp::int32 var_129;
    wp::float32* var_130;
    wp::float32* var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    wp::float32 var_134;
    wp::float32* var_135;
    wp::float32* var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    const wp::int32 var_141 = 1;
    const wp::int32 var_142 = 2;
    wp::int32 var_143;
    const wp::int32 var_144 = 1;
    wp::int32 var_145;
    wp::int32 var_146;
    wp::int32 var_147;
    wp::int32 var_148;
    const wp::int32 var_149 = 0;
    bool var_150;
    wp::int32 var_151;
    const wp::int32 var_152 = 0;
    const wp::int32 var_153 = 1;
    wp::int32 var_154;
    wp::int32 var_155;
    wp::int32 var_156;
    const wp::int32 var_157 = 1;
    bool var_158;
    wp::int32 var_159;
    const wp::int32 var_160 = 0;
    const wp::int32 var_161 = 1;
    wp::int32 var_162;
    wp::int32 var_163;
    wp::int32 var_164;
    wp::int32 var_165;
    const wp::int32 var_166 = 0;
    const wp::int32 var_167 = 1;
    wp::int32 var_168;
    wp::int32 var_169;
    wp::int32 var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    wp::float32* var_173;
    wp::float32* var_174;
    wp::float32 var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32* var_178;
    wp::float32* var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    const wp::int32 var_184 = 1;
    const wp::int32 var_185 = 0;
    const wp::int32 var_186 = 2;
    wp::int32 var_187;
    const wp::int32 var_188 = 1;
    wp::int32 var_189;
    wp::int32 var_190;
    wp::int32 var_191;
    wp::int32 var_192;
    const wp::int32 var_193 = 0;
    bool var_194;
    wp::int32 var_195;
    const wp::int32 var_196 = 0;
    const wp::int32 var_197 = 1;
    wp::int32 var_198;
    wp::int32 var_199;
    wp::int32 var_200;
    const wp::int32 var_201 = 1;
    bool var_202;
    wp::int32 var_203;
    const wp::int32 var_204 = 0;
    const wp::int32 var_205 = 1;
    wp::int32 var_206;
    wp::int32 var_207;
    wp::int32 var_208;
    wp::int32 var_209;
    const wp::int32 var_210 = 0;
    const wp::int32 var_211 = 1;
    wp::int32 var_212;
    wp::int32 var_213;
    wp::int32 var_214;
    wp::int32 var_215;
    wp::int32 var_216;
    wp::float32* var_217;
    wp::float32* var_218;
    wp::float32 var_219;
    wp::float32 var_220;
    wp::float32 var_221;
    wp::float32* var_222;
    wp::float32* var_223;
    wp::float32 var_224;
    wp::float32 var_225;
    wp::float32 var_226;
    wp::float32 var_227;
    const wp::int32 var_228 = 1;
    const wp::int32 var_229 = 2;
    wp::int32 var_230;
    const wp::int32 var_231 = 1;
    wp::int32 var_232;
    wp::int32 var_233;
    wp::int32 var_234;
    wp::int32 var_235;
    const wp::int32 var_236 = 0;
    bool var_237;
    wp::int32 var_238;
    const wp::int32 var_239 = 0;
    const wp::int32 var_240 = 1;
    wp::int32 var_241;
    wp::int32 var_242;
    wp::int32 var_243;
    const wp::int32 var_244 = 1;
    bool var_245;
    wp::int32 var_246;
    const wp::int32 var_247 = 0;
    const wp::int32 var_248 = 1;
    wp::int32 var_249;
    wp::int32 var_250;
    wp::int32 var_251;
    wp::int32 var_252;
    const wp::int32 var_253 = 0;
    const wp::int32 var_254 = 1;
    wp::int32 var_255;
    wp::int32 var_256;
    wp::int32 var_257;
    wp::int32 var_258;
    wp::int32 var_259;
    wp::float32* var_260;
    wp::float32* var_261;
    wp::float32 var_262;
    wp::float32 var_263;
    wp::float32 var_264;
    wp::float32* var_265;
    wp::float32* var_266;
    wp::float32 var_267;
    wp::float32 var_268;
    wp::float32 var_269;
    wp::float32 var_270;
    const wp::int32 var_271 = 2;
    const wp::int32 var_272 = 0;
    const wp::int32 var_273 = 2;
    wp::int32 var_274;
    const wp::int32 var_275 = 1;
    wp::int32 var_276;
    wp::int32 var_277;
    wp::int32 var_278;
    wp::int32 var_279;
    const wp::int32 var_280 = 0;
    bool var_281;
    wp::int32 var_282;
    const wp::int32 var_283 = 0;
    const wp::int32 var_284 = 1;
    wp::int32 var_285;
    wp::int32 var_286;
    wp::int32 var_287;
    const wp::int32 var_288 = 1;
    bool var_289;
    wp::int32 var_290;
    const wp::int32 var_291 = 0;
    const wp::int32 var_292 = 1;
    wp::int32 var_293;
    wp::int32 var_294;
    wp::int32 var_295;
    wp::int32 var_296;
    const wp::int32 var_297 = 0;
    const wp::int32 var_298 = 1;
    wp::int32 var_299;
    wp::int32 var_300;
    wp::int32 var_301;
    wp::int32 var_302;
    wp::int32 var_303;
    wp::float32* var_304;
    wp::float32* var_305;
    wp::float32 var_306;
    wp::float32 var_307;
    wp::float32 var_308;
    wp::float32* var_309;
    wp::float32* var_310;
    wp::float32 var_311;
    wp::float32 var_312;
    wp::float32 var_313;
    wp::float32 var_314;
    const wp::int32 var_315 = 1;
    const wp::int32 var_316 = 2;
    wp::int32 var_317;
    const wp::int32 var_318 = 1;
    wp::int32 var_319;
    wp::int32 var_320;
    wp::int32 var_321;
    wp::int32 var_322;
    const wp::int32 var_323 = 0;
    bool var_324;
    wp::int32 var_325;
    const wp::int32 var_326 = 0;
    const wp::int32 var_327 = 1;
    wp::int32 var_328;
    wp::int32 var_329;
    wp::int32 var_330;
    const wp::int32 var_331 = 1;
    bool var_332;
    wp::int32 var_333;
    const wp::int32 var_334 = 0;
    const wp::int32 var_335 = 1;
    wp::int32 var_336;
    wp::int32 var_337;
    wp::int32 var_338;
    wp::int32 var_339;
    const wp::int32 var_340 = 0;
    const wp::int32 var_341 = 1;
    wp::int32 var_342;
    wp::int32 var_343;
    wp::int32 var_344;
    wp::int32 var_345;
    wp::int32 var_346;
    wp::float32* var_347;
    wp::float32* var_348;
    wp::float32 var_349;
    wp::float32 var_350;
    wp::float32 var_351;
    wp::float32* var_352;
    wp::float32* var_353;
    wp::float32 var_354;
    wp::float32 var_355;
    wp::float32 var_356;
    wp::float32 var_357;
    const wp::float32 var_358 = 0.05;
    wp::float32 var_359;
    const wp::float32 var_360 = 0.05;
    wp::float32 var_361;
    wp::float32 var_362;
    const wp::float32 var_363 = 0.0;
    wp::float32 var_364;
    wp::float32 var_365;
    wp::float32 var_366;
    wp::float32 var_367;
    wp::float32 var_368;
    wp::float32 var_369;
    const wp::float32 var_370 = 0.0;
    wp::float32 var_371;
    const wp::float32 var_372 = 0.0;
    wp::vec_t<3, wp::float32> var_373;
    wp::vec_t<3, wp::float32> var_374;
    const wp::int32 var_375 = 0;
    wp::float32 var_376;
    const wp::int32 var_377 = 1;
    wp::float32 var_378;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    bool adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    bool adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    bool adj_54 = {};
    wp::float32 adj_55 = {};
    bool adj_56 = {};
    bool adj_57 = {};
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
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    bool adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::int32 adj_111 = {};
    wp::int32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    bool adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::int32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::float32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::float32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    wp::int32 adj_148 = {};
    wp::int32 adj_149 = {};
    bool adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::int32 adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    bool adj_158 = {};
    wp::int32 adj_159 = {};
    wp::int32 adj_160 = {};
    wp::int32 adj_161 = {};
    wp::int32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::int32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::float32 adj_173 = {};
    wp::float32 adj_174 = {};
    wp::float32 adj_175 = {};
    wp::float32 adj_176 = {};
    wp::float32 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float32 adj_179 = {};
    wp::float32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    wp::int32 adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::int32 adj_187 = {};
    wp::int32 adj_188 = {};
    wp::int32 adj_189 = {};
    wp::int32 adj_190 = {};
    wp::int32 adj_191 = {};
    wp::int32 adj_192 = {};
    wp::int32 adj_193 = {};
    bool adj_194 = {};
    wp::int32 adj_195 = {};
    wp::int32 adj_196 = {};
    wp::int32 adj_197 = {};
    wp::int32 adj_198 = {};
    wp::int32 adj_199 = {};
    wp::int32 adj_200 = {};
    wp::int32 adj_201 = {};
    bool adj_202 = {};
    wp::int32 adj_203 = {};
    wp::int32 adj_204 = {};
    wp::int32 adj_205 = {};
    wp::int32 adj_206 = {};
    wp::int32 adj_207 = {};
    wp::int32 adj_208 = {};
    wp::int32 adj_209 = {};
    wp::int32 adj_210 = {};
    wp::int32 adj_211 = {};
    wp::int32 adj_212 = {};
    wp::int32 adj_213 = {};
    wp::int32 adj_214 = {};
    wp::int32 adj_215 = {};
    wp::int32 adj_216 = {};
    wp::float32 adj_217 = {};
    wp::float32 adj_218 = {};
    wp::float32 adj_219 = {};
    wp::float32 adj_220 = {};
    wp::float32 adj_221 = {};
    wp::float32 adj_222 = {};
    wp::float32 adj_223 = {};
    wp::float32 adj_224 = {};
    wp::float32 adj_225 = {};
    wp::float32 adj_226 = {};
    wp::float32 adj_227 = {};
    wp::int32 adj_228 = {};
    wp::int32 adj_229 = {};
    wp::int32 adj_230 = {};
    wp::int32 adj_231 = {};
    wp::int32 adj_232 = {};
    wp::int32 adj_233 = {};
    wp::int32 adj_234 = {};
    wp::int32 adj_235 = {};
    wp::int32 adj_236 = {};
    bool adj_237 = {};
    wp::int32 adj_238 = {};
    wp::int32 adj_239 = {};
    wp::int32 adj_240 = {};
    wp::int32 adj_241 = {};
    wp::int32 adj_242 = {};
    wp::int32 adj_243 = {};
    wp::int32 adj_244 = {};
    bool adj_245 = {};
    wp::int32 adj_246 = {};
    wp::int32 adj_247 = {};
    wp::int32 adj_248 = {};
    wp::int32 adj_249 = {};
    wp::int32 adj_250 = {};
    wp::int32 adj_251 = {};
    wp::int32 adj_252 = {};
    wp::int32 adj_253 = {};
    wp::int32 adj_254 = {};
    wp::int32 adj_255 = {};
    wp::int32 adj_256 = {};
    wp::int32 adj_257 = {};
    wp::int32 adj_258 = {};
    wp::int32 adj_259 = {};
    wp::float32 adj_260 = {};
    wp::float32 adj_261 = {};
    wp::float32 adj_262 = {};
    wp::float32 adj_263 = {};
    wp::float32 adj_264 = {};
    wp::float32 adj_265 = {};
    wp::float32 adj_266 = {};
    wp::float32 adj_267 = {};
    wp::float32 adj_268 = {};
    wp::float32 adj_269 = {};
    wp::float32 adj_270 = {};
    wp::int32 adj_271 = {};
    wp::int32 adj_272 = {};
    wp::int32 adj_273 = {};
    wp::int32 adj_274 = {};
    wp::int32 adj_275 = {};
    wp::int32 adj_276 = {};
    wp::int32 adj_277 = {};
    wp::int32 adj_278 = {};
    wp::int32 adj_279 = {};
    wp::int32 adj_280 = {};
    bool adj_281 = {};
    wp::int32 adj_282 = {};
    wp::int32 adj_283 = {};
    wp::int32 adj_284 = {};
    wp::int32 adj_285 = {};
    wp::int32 adj_286 = {};
    wp::int32 adj_287 = {};
    wp::int32 adj_288 = {};
    bool adj_289 = {};
    wp::int32 adj_290 = {};
    wp::int32 adj_291 = {};
    wp::int32 adj_292 = {};
    wp::int32 adj_293 = {};
    wp::int32 adj_294 = {};
    wp::int32 adj_295 = {};
    wp::int32 adj_296 = {};
    wp::int32 adj_297 = {};
    wp::int32 adj_298 = {};
    wp::int32 adj_299 = {};
    wp::int32 adj_300 = {};
    wp::int32 adj_301 = {};
    wp::int32 adj_302 = {};
    wp::int32 adj_303 = {};
    wp::float32 adj_304 = {};
    wp::float32 adj_305 = {};
    wp::float32 adj_306 = {};
    wp::float32 adj_307 = {};
    wp::float32 adj_308 = {};
    wp::float32 adj_309 = {};
    wp::float32 adj_310 = {};
    wp::float32 adj_311 = {};
    wp::float32 adj_312 = {};
    wp::float32 adj_313 = {};
    wp::float32 adj_314 = {};
    wp::int32 adj_315 = {};
    wp::int32 adj_316 = {};
    wp::int32 adj_317 = {};
    wp::int32 adj_318 = {};
    wp::int32 adj_319 = {};
    wp::int32 adj_320 = {};
    wp::int32 adj_321 = {};
    wp::int32 adj_322 = {};
    wp::int32 adj_323 = {};
    bool adj_324 = {};
    wp::int32 adj_325 = {};
    wp::int32 adj_326 = {};
    wp::int32 adj_327 = {};
    wp::int32 adj_328 = {};
    wp::int32 adj_329 = {};
    wp::int32 adj_330 = {};
    wp::int32 adj_331 = {};
    bool adj_332 = {};
    wp::int32 adj_333 = {};
    wp::int32 adj_334 = {};
    wp::int32 adj_335 = {};
    wp::int32 adj_336 = {};
    wp::int32 adj_337 = {};
    wp::int32 adj_338 = {};
    wp::int32 adj_339 = {};
    wp::int32 adj_340 = {};
    wp::int32 adj_341 = {};
    wp::int32 adj_342 = {};
    wp::int32 adj_343 = {};
    wp::int32 adj_344 = {};
    wp::int32 adj_345 = {};
    wp::int32 adj_346 = {};
    wp::float32 adj_347 = {};
    wp::float32 adj_348 = {};
    wp::float32 adj_349 = {};
    wp::float32 adj_350 = {};
    wp::float32 adj_351 = {};
    wp::float32 adj_352 = {};
    wp::float32 adj_353 = {};
    wp::float32 adj_354 = {};
    wp::float32 adj_355 = {};
    wp::float32 adj_356 = {};
    wp::float32 adj_357 = {};
    wp::float32 adj_358 = {};
    wp::float32 adj_359 = {};
    wp::float32 adj_360 = {};
    wp::float32 adj_361 = {};
    wp::float32 adj_362 = {};
    wp::float32 adj_363 = {};
    wp::float32 adj_364 = {};
    wp::float32 adj_365 = {};
    wp::float32 adj_366 = {};
    wp::float32 adj_367 = {};
    wp::float32 adj_368 = {};
    wp::float32 adj_369 = {};
    wp::float32 adj_370 = {};
    wp::float32 adj_371 = {};
    wp::float32 adj_372 = {};
    wp::vec_t<3, wp::float32> adj_373 = {};
    wp::vec_t<3, wp::float32> adj_374 = {};
    wp::int32 adj_375 = {};
    wp::float32 adj_376 = {};
    wp::int32 adj_377 = {};
    wp::float32 adj_378 = {};
    //---------
    // forward
    // def fused_fire_step(                                                                   <L 79>
    // i, j, k = wp.tid()                                                                     <L 94>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = fuel.shape[0]                                                                     <L 95>
    var_3 = &(var_fuel.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = fuel.shape[1]                                                                     <L 96>
    var_7 = &(var_fuel.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = fuel.shape[2]                                                                     <L 97>
    var_11 = &(var_fuel.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // u = vel[i, j, k]                                                                       <L 99>
    var_15 = wp::address(var_vel, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p = wp.vec3(float(i), float(j), float(k)) - u * (dt * inv_h)                           <L 100>
    var_18 = wp::float(var_0);
    var_19 = wp::float(var_1);
    var_20 = wp::float(var_2);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::mul(var_dt, var_inv_h);
    var_23 = wp::mul(var_16, var_22);
    var_24 = wp::sub(var_21, var_23);
    // f = trilinear(fuel, p)                                                                 <L 101>
    var_25 = trilinear_0(var_fuel, var_24);
    // t = trilinear(temp, p)                                                                 <L 102>
    var_26 = trilinear_0(var_temp, var_24);
    // s = trilinear(smoke, p)                                                                <L 103>
    var_27 = trilinear_0(var_smoke, var_24);
    // if j == ny - 1:                                                                        <L 106>
    var_29 = wp::sub(var_9, var_28);
    var_30 = (var_1 == var_29);
    if (var_30) {
        // s = 0.0                                                                            <L 107>
        // t = AMBIENT_TEMP                                                                   <L 108>
        var_33 = wp::copy(var_32);
    }
    var_34 = wp::where(var_30, var_33, var_26);
    var_35 = wp::where(var_30, var_31, var_27);
    if (!var_30) {
        // elif i == 0 or k == 0 or i == nx - 1 or k == nz - 1:                               <L 109>
        var_37 = (var_0 == var_36);
        var_39 = (var_2 == var_38);
        var_41 = wp::sub(var_5, var_40);
        var_42 = (var_0 == var_41);
        var_44 = wp::sub(var_13, var_43);
        var_45 = (var_2 == var_44);
        var_46 = var_37 || var_39 || var_42 || var_45;
        if (var_46) {
            // t = wp.lerp(t, AMBIENT_TEMP, 0.5)                                              <L 110>
            var_48 = wp::lerp(var_34, var_32, var_47);
        }
        var_49 = wp::where(var_46, var_48, var_34);
    }
    var_50 = wp::where(var_30, var_34, var_49);
    // burned = float(0.0)                                                                    <L 113>
    var_52 = wp::float(var_51);
    // if f > 0.0 and t >= IGNITION_TEMP:                                                     <L 114>
    var_54 = (var_25 > var_53);
    var_56 = (var_50 >= var_55);
    var_57 = var_54 && var_56;
    if (var_57) {
        // burned = wp.min(f, params.burn_rate * dt)                                          <L 115>
        var_58 = &(var_params.burn_rate);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_60, var_dt);
        var_61 = wp::min(var_25, var_59);
        // f -= burned                                                                        <L 116>
        var_62 = wp::sub(var_25, var_61);
        // t += burned * params.heat_release                                                  <L 117>
        var_63 = &(var_params.heat_release);
        var_65 = wp::load(var_63);
        var_64 = wp::mul(var_61, var_65);
        var_66 = &(var_params.heat_release);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_61, var_68);
        var_69 = wp::add(var_50, var_67);
        // s += burned * params.smoke_yield                                                   <L 118>
        var_70 = &(var_params.smoke_yield);
        var_72 = wp::load(var_70);
        var_71 = wp::mul(var_61, var_72);
        var_73 = &(var_params.smoke_yield);
        var_75 = wp::load(var_73);
        var_74 = wp::mul(var_61, var_75);
        var_76 = wp::add(var_35, var_74);
    }
    var_77 = wp::where(var_57, var_62, var_25);
    var_78 = wp::where(var_57, var_69, var_50);
    var_79 = wp::where(var_57, var_76, var_35);
    var_80 = wp::where(var_57, var_61, var_52);
    if (!var_57) {
        // t = t - params.cooling * (t - AMBIENT_TEMP) * dt                                   <L 120>
        var_81 = &(var_params.cooling);
        var_82 = wp::sub(var_78, var_32);
        var_84 = wp::load(var_81);
        var_83 = wp::mul(var_84, var_82);
        var_85 = wp::mul(var_83, var_dt);
        var_86 = wp::sub(var_78, var_85);
        // s = s * (1.0 - params.dissipation * dt)                                            <L 121>
        var_88 = &(var_params.dissipation);
        var_90 = wp::load(var_88);
        var_89 = wp::mul(var_90, var_dt);
        var_91 = wp::sub(var_87, var_89);
        var_92 = wp::mul(var_79, var_91);
    }
    var_93 = wp::where(var_57, var_78, var_86);
    var_94 = wp::where(var_57, var_79, var_92);
    // lap = float(0.0)                                                                       <L 124>
    var_96 = wp::float(var_95);
    // for axis in range(3):                                                                  <L 125>
    // for side in range(2):                                                                  <L 126>
    // off = side * 2 - 1                                                                     <L 127>
    var_100 = wp::mul(var_98, var_99);
    var_102 = wp::sub(var_100, var_101);
    // ii = i                                                                                 <L 128>
    var_103 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_104 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_105 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_107 = (var_97 == var_106);
    if (var_107) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_108 = wp::add(var_0, var_102);
        var_111 = wp::sub(var_5, var_110);
        var_112 = wp::clamp(var_108, var_109, var_111);
    }
    var_113 = wp::where(var_107, var_112, var_103);
    if (!var_107) {
        // elif axis == 1:                                                                    <L 133>
        var_115 = (var_97 == var_114);
        if (var_115) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_116 = wp::add(var_1, var_102);
            var_119 = wp::sub(var_9, var_118);
            var_120 = wp::clamp(var_116, var_117, var_119);
        }
        var_121 = wp::where(var_115, var_120, var_104);
        if (!var_115) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_122 = wp::add(var_2, var_102);
            var_125 = wp::sub(var_13, var_124);
            var_126 = wp::clamp(var_122, var_123, var_125);
        }
        var_127 = wp::where(var_115, var_105, var_126);
    }
    var_128 = wp::where(var_107, var_104, var_121);
    var_129 = wp::where(var_107, var_105, var_127);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_130 = wp::address(var_temp, var_113, var_128, var_129);
    var_131 = wp::address(var_temp, var_0, var_1, var_2);
    var_133 = wp::load(var_130);
    var_134 = wp::load(var_131);
    var_132 = wp::sub(var_133, var_134);
    var_135 = wp::address(var_temp, var_113, var_128, var_129);
    var_136 = wp::address(var_temp, var_0, var_1, var_2);
    var_138 = wp::load(var_135);
    var_139 = wp::load(var_136);
    var_137 = wp::sub(var_138, var_139);
    var_140 = wp::add(var_96, var_137);
    // off = side * 2 - 1                                                                     <L 127>
    var_143 = wp::mul(var_141, var_142);
    var_145 = wp::sub(var_143, var_144);
    // ii = i                                                                                 <L 128>
    var_146 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_147 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_148 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_150 = (var_97 == var_149);
    if (var_150) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_151 = wp::add(var_0, var_145);
        var_154 = wp::sub(var_5, var_153);
        var_155 = wp::clamp(var_151, var_152, var_154);
    }
    var_156 = wp::where(var_150, var_155, var_146);
    if (!var_150) {
        // elif axis == 1:                                                                    <L 133>
        var_158 = (var_97 == var_157);
        if (var_158) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_159 = wp::add(var_1, var_145);
            var_162 = wp::sub(var_9, var_161);
            var_163 = wp::clamp(var_159, var_160, var_162);
        }
        var_164 = wp::where(var_158, var_163, var_147);
        if (!var_158) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_165 = wp::add(var_2, var_145);
            var_168 = wp::sub(var_13, var_167);
            var_169 = wp::clamp(var_165, var_166, var_168);
        }
        var_170 = wp::where(var_158, var_148, var_169);
    }
    var_171 = wp::where(var_150, var_147, var_164);
    var_172 = wp::where(var_150, var_148, var_170);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_173 = wp::address(var_temp, var_156, var_171, var_172);
    var_174 = wp::address(var_temp, var_0, var_1, var_2);
    var_176 = wp::load(var_173);
    var_177 = wp::load(var_174);
    var_175 = wp::sub(var_176, var_177);
    var_178 = wp::address(var_temp, var_156, var_171, var_172);
    var_179 = wp::address(var_temp, var_0, var_1, var_2);
    var_181 = wp::load(var_178);
    var_182 = wp::load(var_179);
    var_180 = wp::sub(var_181, var_182);
    var_183 = wp::add(var_140, var_180);
    // for side in range(2):                                                                  <L 126>
    // off = side * 2 - 1                                                                     <L 127>
    var_187 = wp::mul(var_185, var_186);
    var_189 = wp::sub(var_187, var_188);
    // ii = i                                                                                 <L 128>
    var_190 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_191 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_192 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_194 = (var_184 == var_193);
    if (var_194) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_195 = wp::add(var_0, var_189);
        var_198 = wp::sub(var_5, var_197);
        var_199 = wp::clamp(var_195, var_196, var_198);
    }
    var_200 = wp::where(var_194, var_199, var_190);
    if (!var_194) {
        // elif axis == 1:                                                                    <L 133>
        var_202 = (var_184 == var_201);
        if (var_202) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_203 = wp::add(var_1, var_189);
            var_206 = wp::sub(var_9, var_205);
            var_207 = wp::clamp(var_203, var_204, var_206);
        }
        var_208 = wp::where(var_202, var_207, var_191);
        if (!var_202) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_209 = wp::add(var_2, var_189);
            var_212 = wp::sub(var_13, var_211);
            var_213 = wp::clamp(var_209, var_210, var_212);
        }
        var_214 = wp::where(var_202, var_192, var_213);
    }
    var_215 = wp::where(var_194, var_191, var_208);
    var_216 = wp::where(var_194, var_192, var_214);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_217 = wp::address(var_temp, var_200, var_215, var_216);
    var_218 = wp::address(var_temp, var_0, var_1, var_2);
    var_220 = wp::load(var_217);
    var_221 = wp::load(var_218);
    var_219 = wp::sub(var_220, var_221);
    var_222 = wp::address(var_temp, var_200, var_215, var_216);
    var_223 = wp::address(var_temp, var_0, var_1, var_2);
    var_225 = wp::load(var_222);
    var_226 = wp::load(var_223);
    var_224 = wp::sub(var_225, var_226);
    var_227 = wp::add(var_183, var_224);
    // off = side * 2 - 1                                                                     <L 127>
    var_230 = wp::mul(var_228, var_229);
    var_232 = wp::sub(var_230, var_231);
    // ii = i                                                                                 <L 128>
    var_233 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_234 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_235 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_237 = (var_184 == var_236);
    if (var_237) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_238 = wp::add(var_0, var_232);
        var_241 = wp::sub(var_5, var_240);
        var_242 = wp::clamp(var_238, var_239, var_241);
    }
    var_243 = wp::where(var_237, var_242, var_233);
    if (!var_237) {
        // elif axis == 1:                                                                    <L 133>
        var_245 = (var_184 == var_244);
        if (var_245) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_246 = wp::add(var_1, var_232);
            var_249 = wp::sub(var_9, var_248);
            var_250 = wp::clamp(var_246, var_247, var_249);
        }
        var_251 = wp::where(var_245, var_250, var_234);
        if (!var_245) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_252 = wp::add(var_2, var_232);
            var_255 = wp::sub(var_13, var_254);
            var_256 = wp::clamp(var_252, var_253, var_255);
        }
        var_257 = wp::where(var_245, var_235, var_256);
    }
    var_258 = wp::where(var_237, var_234, var_251);
    var_259 = wp::where(var_237, var_235, var_257);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_260 = wp::address(var_temp, var_243, var_258, var_259);
    var_261 = wp::address(var_temp, var_0, var_1, var_2);
    var_263 = wp::load(var_260);
    var_264 = wp::load(var_261);
    var_262 = wp::sub(var_263, var_264);
    var_265 = wp::address(var_temp, var_243, var_258, var_259);
    var_266 = wp::address(var_temp, var_0, var_1, var_2);
    var_268 = wp::load(var_265);
    var_269 = wp::load(var_266);
    var_267 = wp::sub(var_268, var_269);
    var_270 = wp::add(var_227, var_267);
    // for side in range(2):                                                                  <L 126>
    // off = side * 2 - 1                                                                     <L 127>
    var_274 = wp::mul(var_272, var_273);
    var_276 = wp::sub(var_274, var_275);
    // ii = i                                                                                 <L 128>
    var_277 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_278 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_279 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_281 = (var_271 == var_280);
    if (var_281) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_282 = wp::add(var_0, var_276);
        var_285 = wp::sub(var_5, var_284);
        var_286 = wp::clamp(var_282, var_283, var_285);
    }
    var_287 = wp::where(var_281, var_286, var_277);
    if (!var_281) {
        // elif axis == 1:                                                                    <L 133>
        var_289 = (var_271 == var_288);
        if (var_289) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_290 = wp::add(var_1, var_276);
            var_293 = wp::sub(var_9, var_292);
            var_294 = wp::clamp(var_290, var_291, var_293);
        }
        var_295 = wp::where(var_289, var_294, var_278);
        if (!var_289) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_296 = wp::add(var_2, var_276);
            var_299 = wp::sub(var_13, var_298);
            var_300 = wp::clamp(var_296, var_297, var_299);
        }
        var_301 = wp::where(var_289, var_279, var_300);
    }
    var_302 = wp::where(var_281, var_278, var_295);
    var_303 = wp::where(var_281, var_279, var_301);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_304 = wp::address(var_temp, var_287, var_302, var_303);
    var_305 = wp::address(var_temp, var_0, var_1, var_2);
    var_307 = wp::load(var_304);
    var_308 = wp::load(var_305);
    var_306 = wp::sub(var_307, var_308);
    var_309 = wp::address(var_temp, var_287, var_302, var_303);
    var_310 = wp::address(var_temp, var_0, var_1, var_2);
    var_312 = wp::load(var_309);
    var_313 = wp::load(var_310);
    var_311 = wp::sub(var_312, var_313);
    var_314 = wp::add(var_270, var_311);
    // off = side * 2 - 1                                                                     <L 127>
    var_317 = wp::mul(var_315, var_316);
    var_319 = wp::sub(var_317, var_318);
    // ii = i                                                                                 <L 128>
    var_320 = wp::copy(var_0);
    // jj = j                                                                                 <L 129>
    var_321 = wp::copy(var_1);
    // kk = k                                                                                 <L 130>
    var_322 = wp::copy(var_2);
    // if axis == 0:                                                                          <L 131>
    var_324 = (var_271 == var_323);
    if (var_324) {
        // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
        var_325 = wp::add(var_0, var_319);
        var_328 = wp::sub(var_5, var_327);
        var_329 = wp::clamp(var_325, var_326, var_328);
    }
    var_330 = wp::where(var_324, var_329, var_320);
    if (!var_324) {
        // elif axis == 1:                                                                    <L 133>
        var_332 = (var_271 == var_331);
        if (var_332) {
            // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
            var_333 = wp::add(var_1, var_319);
            var_336 = wp::sub(var_9, var_335);
            var_337 = wp::clamp(var_333, var_334, var_336);
        }
        var_338 = wp::where(var_332, var_337, var_321);
        if (!var_332) {
            // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
            var_339 = wp::add(var_2, var_319);
            var_342 = wp::sub(var_13, var_341);
            var_343 = wp::clamp(var_339, var_340, var_342);
        }
        var_344 = wp::where(var_332, var_322, var_343);
    }
    var_345 = wp::where(var_324, var_321, var_338);
    var_346 = wp::where(var_324, var_322, var_344);
    // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
    var_347 = wp::address(var_temp, var_330, var_345, var_346);
    var_348 = wp::address(var_temp, var_0, var_1, var_2);
    var_350 = wp::load(var_347);
    var_351 = wp::load(var_348);
    var_349 = wp::sub(var_350, var_351);
    var_352 = wp::address(var_temp, var_330, var_345, var_346);
    var_353 = wp::address(var_temp, var_0, var_1, var_2);
    var_355 = wp::load(var_352);
    var_356 = wp::load(var_353);
    var_354 = wp::sub(var_355, var_356);
    var_357 = wp::add(var_314, var_354);
    // t += 0.05 * lap                                                                        <L 138>
    var_359 = wp::mul(var_358, var_357);
    var_361 = wp::mul(var_360, var_357);
    var_362 = wp::add(var_93, var_361);
    // fuel_out[i, j, k] = f                                                                  <L 140>
    // wp::array_store(var_fuel_out, var_0, var_1, var_2, var_77);
    // temp_out[i, j, k] = t                                                                  <L 141>
    // wp::array_store(var_temp_out, var_0, var_1, var_2, var_362);
    // smoke_out[i, j, k] = wp.max(s, 0.0)                                                    <L 142>
    var_364 = wp::max(var_94, var_363);
    // wp::array_store(var_smoke_out, var_0, var_1, var_2, var_364);
    // up = beta * (t - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * s                              <L 144>
    var_365 = wp::sub(var_362, var_32);
    var_366 = wp::mul(var_beta, var_365);
    var_367 = wp::div(var_366, var_32);
    var_368 = wp::mul(var_alpha, var_94);
    var_369 = wp::sub(var_367, var_368);
    // vel[i, j, k] = u + wp.vec3(0.0, up * dt, 0.0)                                          <L 145>
    var_371 = wp::mul(var_369, var_dt);
    var_373 = wp::vec_t<3, wp::float32>(var_370, var_371, var_372);
    var_374 = wp::add(var_16, var_373);
    // wp::array_store(var_vel, var_0, var_1, var_2, var_374);
    // wp.atomic_add(stats, 0, burned)                                                        <L 146>
    // var_376 = wp::atomic_add(var_stats, var_375, var_80);
    // wp.atomic_max(stats, 1, t)                                                             <L 147>
    // var_378 = wp::atomic_max(var_stats, var_377, var_362);
    //---------
    // reverse
    wp::adj_atomic_max(var_stats, var_377, var_362, adj_stats, adj_377, adj_362, adj_378);
    // adj: wp.atomic_max(stats, 1, t)                                                        <L 147>
    wp::adj_atomic_add(var_stats, var_375, var_80, adj_stats, adj_375, adj_80, adj_376);
    // adj: wp.atomic_add(stats, 0, burned)                                                   <L 146>
    wp::adj_array_store(var_vel, var_0, var_1, var_2, var_374, adj_vel, adj_0, adj_1, adj_2, adj_374);
    wp::adj_add(var_16, var_373, adj_16, adj_373, adj_374);
    wp::adj_vec_t(var_370, var_371, var_372, adj_370, adj_371, adj_372, adj_373);
    wp::adj_mul(var_369, var_dt, adj_369, adj_dt, adj_371);
    // adj: vel[i, j, k] = u + wp.vec3(0.0, up * dt, 0.0)                                     <L 145>
    wp::adj_sub(var_367, var_368, adj_367, adj_368, adj_369);
    wp::adj_mul(var_alpha, var_94, adj_alpha, adj_94, adj_368);
    wp::adj_div(var_366, var_32, var_367, adj_366, adj_32, adj_367);
    wp::adj_mul(var_beta, var_365, adj_beta, adj_365, adj_366);
    wp::adj_sub(var_362, var_32, adj_362, adj_32, adj_365);
    // adj: up = beta * (t - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * s                         <L 144>
    wp::adj_array_store(var_smoke_out, var_0, var_1, var_2, var_364, adj_smoke_out, adj_0, adj_1, adj_2, adj_364);
    wp::adj_max(var_94, var_363, adj_94, adj_363, adj_364);
    // adj: smoke_out[i, j, k] = wp.max(s, 0.0)                                               <L 142>
    wp::adj_array_store(var_temp_out, var_0, var_1, var_2, var_362, adj_temp_out, adj_0, adj_1, adj_2, adj_362);
    // adj: temp_out[i, j, k] = t                                                             <L 141>
    wp::adj_array_store(var_fuel_out, var_0, var_1, var_2, var_77, adj_fuel_out, adj_0, adj_1, adj_2, adj_77);
    // adj: fuel_out[i, j, k] = f                                                             <L 140>
    wp::adj_add(var_93, var_361, adj_93, adj_361, adj_362);
    wp::adj_mul(var_360, var_357, adj_360, adj_357, adj_361);
    wp::adj_mul(var_358, var_357, adj_358, adj_357, adj_359);
    // adj: t += 0.05 * lap                                                                   <L 138>
    wp::adj_add(var_314, var_354, adj_314, adj_354, adj_357);
    wp::adj_sub(var_355, var_356, adj_352, adj_353, adj_354);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_353);
    wp::adj_address(var_temp, var_330, var_345, var_346, adj_temp, adj_330, adj_345, adj_346, adj_352);
    wp::adj_sub(var_350, var_351, adj_347, adj_348, adj_349);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_348);
    wp::adj_address(var_temp, var_330, var_345, var_346, adj_temp, adj_330, adj_345, adj_346, adj_347);
    // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
    wp::adj_where(var_324, var_322, var_344, adj_324, adj_322, adj_344, adj_346);
    wp::adj_where(var_324, var_321, var_338, adj_324, adj_321, adj_338, adj_345);
    if (!var_324) {
        wp::adj_where(var_332, var_322, var_343, adj_332, adj_322, adj_343, adj_344);
        if (!var_332) {
            wp::adj_clamp(var_339, var_340, var_342, adj_339, adj_340, adj_342, adj_343);
            wp::adj_sub(var_13, var_341, adj_13, adj_341, adj_342);
            wp::adj_add(var_2, var_319, adj_2, adj_319, adj_339);
            // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
        }
        wp::adj_where(var_332, var_337, var_321, adj_332, adj_337, adj_321, adj_338);
        if (var_332) {
            wp::adj_clamp(var_333, var_334, var_336, adj_333, adj_334, adj_336, adj_337);
            wp::adj_sub(var_9, var_335, adj_9, adj_335, adj_336);
            wp::adj_add(var_1, var_319, adj_1, adj_319, adj_333);
            // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
        }
        // adj: elif axis == 1:                                                               <L 133>
    }
    wp::adj_where(var_324, var_329, var_320, adj_324, adj_329, adj_320, adj_330);
    if (var_324) {
        wp::adj_clamp(var_325, var_326, var_328, adj_325, adj_326, adj_328, adj_329);
        wp::adj_sub(var_5, var_327, adj_5, adj_327, adj_328);
        wp::adj_add(var_0, var_319, adj_0, adj_319, adj_325);
        // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
    }
    // adj: if axis == 0:                                                                     <L 131>
    wp::adj_copy(var_2, adj_2, adj_322);
    // adj: kk = k                                                                            <L 130>
    wp::adj_copy(var_1, adj_1, adj_321);
    // adj: jj = j                                                                            <L 129>
    wp::adj_copy(var_0, adj_0, adj_320);
    // adj: ii = i                                                                            <L 128>
    wp::adj_sub(var_317, var_318, adj_317, adj_318, adj_319);
    wp::adj_mul(var_315, var_316, adj_315, adj_316, adj_317);
    // adj: off = side * 2 - 1                                                                <L 127>
    wp::adj_add(var_270, var_311, adj_270, adj_311, adj_314);
    wp::adj_sub(var_312, var_313, adj_309, adj_310, adj_311);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_310);
    wp::adj_address(var_temp, var_287, var_302, var_303, adj_temp, adj_287, adj_302, adj_303, adj_309);
    wp::adj_sub(var_307, var_308, adj_304, adj_305, adj_306);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_305);
    wp::adj_address(var_temp, var_287, var_302, var_303, adj_temp, adj_287, adj_302, adj_303, adj_304);
    // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
    wp::adj_where(var_281, var_279, var_301, adj_281, adj_279, adj_301, adj_303);
    wp::adj_where(var_281, var_278, var_295, adj_281, adj_278, adj_295, adj_302);
    if (!var_281) {
        wp::adj_where(var_289, var_279, var_300, adj_289, adj_279, adj_300, adj_301);
        if (!var_289) {
            wp::adj_clamp(var_296, var_297, var_299, adj_296, adj_297, adj_299, adj_300);
            wp::adj_sub(var_13, var_298, adj_13, adj_298, adj_299);
            wp::adj_add(var_2, var_276, adj_2, adj_276, adj_296);
            // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
        }
        wp::adj_where(var_289, var_294, var_278, adj_289, adj_294, adj_278, adj_295);
        if (var_289) {
            wp::adj_clamp(var_290, var_291, var_293, adj_290, adj_291, adj_293, adj_294);
            wp::adj_sub(var_9, var_292, adj_9, adj_292, adj_293);
            wp::adj_add(var_1, var_276, adj_1, adj_276, adj_290);
            // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
        }
        // adj: elif axis == 1:                                                               <L 133>
    }
    wp::adj_where(var_281, var_286, var_277, adj_281, adj_286, adj_277, adj_287);
    if (var_281) {
        wp::adj_clamp(var_282, var_283, var_285, adj_282, adj_283, adj_285, adj_286);
        wp::adj_sub(var_5, var_284, adj_5, adj_284, adj_285);
        wp::adj_add(var_0, var_276, adj_0, adj_276, adj_282);
        // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
    }
    // adj: if axis == 0:                                                                     <L 131>
    wp::adj_copy(var_2, adj_2, adj_279);
    // adj: kk = k                                                                            <L 130>
    wp::adj_copy(var_1, adj_1, adj_278);
    // adj: jj = j                                                                            <L 129>
    wp::adj_copy(var_0, adj_0, adj_277);
    // adj: ii = i                                                                            <L 128>
    wp::adj_sub(var_274, var_275, adj_274, adj_275, adj_276);
    wp::adj_mul(var_272, var_273, adj_272, adj_273, adj_274);
    // adj: off = side * 2 - 1                                                                <L 127>
    // adj: for side in range(2):                                                             <L 126>
    wp::adj_add(var_227, var_267, adj_227, adj_267, adj_270);
    wp::adj_sub(var_268, var_269, adj_265, adj_266, adj_267);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_266);
    wp::adj_address(var_temp, var_243, var_258, var_259, adj_temp, adj_243, adj_258, adj_259, adj_265);
    wp::adj_sub(var_263, var_264, adj_260, adj_261, adj_262);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_261);
    wp::adj_address(var_temp, var_243, var_258, var_259, adj_temp, adj_243, adj_258, adj_259, adj_260);
    // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
    wp::adj_where(var_237, var_235, var_257, adj_237, adj_235, adj_257, adj_259);
    wp::adj_where(var_237, var_234, var_251, adj_237, adj_234, adj_251, adj_258);
    if (!var_237) {
        wp::adj_where(var_245, var_235, var_256, adj_245, adj_235, adj_256, adj_257);
        if (!var_245) {
            wp::adj_clamp(var_252, var_253, var_255, adj_252, adj_253, adj_255, adj_256);
            wp::adj_sub(var_13, var_254, adj_13, adj_254, adj_255);
            wp::adj_add(var_2, var_232, adj_2, adj_232, adj_252);
            // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
        }
        wp::adj_where(var_245, var_250, var_234, adj_245, adj_250, adj_234, adj_251);
        if (var_245) {
            wp::adj_clamp(var_246, var_247, var_249, adj_246, adj_247, adj_249, adj_250);
            wp::adj_sub(var_9, var_248, adj_9, adj_248, adj_249);
            wp::adj_add(var_1, var_232, adj_1, adj_232, adj_246);
            // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
        }
        // adj: elif axis == 1:                                                               <L 133>
    }
    wp::adj_where(var_237, var_242, var_233, adj_237, adj_242, adj_233, adj_243);
    if (var_237) {
        wp::adj_clamp(var_238, var_239, var_241, adj_238, adj_239, adj_241, adj_242);
        wp::adj_sub(var_5, var_240, adj_5, adj_240, adj_241);
        wp::adj_add(var_0, var_232, adj_0, adj_232, adj_238);
        // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
    }
    // adj: if axis == 0:                                                                     <L 131>
    wp::adj_copy(var_2, adj_2, adj_235);
    // adj: kk = k                                                                            <L 130>
    wp::adj_copy(var_1, adj_1, adj_234);
    // adj: jj = j                                                                            <L 129>
    wp::adj_copy(var_0, adj_0, adj_233);
    // adj: ii = i                                                                            <L 128>
    wp::adj_sub(var_230, var_231, adj_230, adj_231, adj_232);
    wp::adj_mul(var_228, var_229, adj_228, adj_229, adj_230);
    // adj: off = side * 2 - 1                                                                <L 127>
    wp::adj_add(var_183, var_224, adj_183, adj_224, adj_227);
    wp::adj_sub(var_225, var_226, adj_222, adj_223, adj_224);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_223);
    wp::adj_address(var_temp, var_200, var_215, var_216, adj_temp, adj_200, adj_215, adj_216, adj_222);
    wp::adj_sub(var_220, var_221, adj_217, adj_218, adj_219);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_218);
    wp::adj_address(var_temp, var_200, var_215, var_216, adj_temp, adj_200, adj_215, adj_216, adj_217);
    // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
    wp::adj_where(var_194, var_192, var_214, adj_194, adj_192, adj_214, adj_216);
    wp::adj_where(var_194, var_191, var_208, adj_194, adj_191, adj_208, adj_215);
    if (!var_194) {
        wp::adj_where(var_202, var_192, var_213, adj_202, adj_192, adj_213, adj_214);
        if (!var_202) {
            wp::adj_clamp(var_209, var_210, var_212, adj_209, adj_210, adj_212, adj_213);
            wp::adj_sub(var_13, var_211, adj_13, adj_211, adj_212);
            wp::adj_add(var_2, var_189, adj_2, adj_189, adj_209);
            // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
        }
        wp::adj_where(var_202, var_207, var_191, adj_202, adj_207, adj_191, adj_208);
        if (var_202) {
            wp::adj_clamp(var_203, var_204, var_206, adj_203, adj_204, adj_206, adj_207);
            wp::adj_sub(var_9, var_205, adj_9, adj_205, adj_206);
            wp::adj_add(var_1, var_189, adj_1, adj_189, adj_203);
            // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
        }
        // adj: elif axis == 1:                                                               <L 133>
    }
    wp::adj_where(var_194, var_199, var_190, adj_194, adj_199, adj_190, adj_200);
    if (var_194) {
        wp::adj_clamp(var_195, var_196, var_198, adj_195, adj_196, adj_198, adj_199);
        wp::adj_sub(var_5, var_197, adj_5, adj_197, adj_198);
        wp::adj_add(var_0, var_189, adj_0, adj_189, adj_195);
        // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
    }
    // adj: if axis == 0:                                                                     <L 131>
    wp::adj_copy(var_2, adj_2, adj_192);
    // adj: kk = k                                                                            <L 130>
    wp::adj_copy(var_1, adj_1, adj_191);
    // adj: jj = j                                                                            <L 129>
    wp::adj_copy(var_0, adj_0, adj_190);
    // adj: ii = i                                                                            <L 128>
    wp::adj_sub(var_187, var_188, adj_187, adj_188, adj_189);
    wp::adj_mul(var_185, var_186, adj_185, adj_186, adj_187);
    // adj: off = side * 2 - 1                                                                <L 127>
    // adj: for side in range(2):                                                             <L 126>
    wp::adj_add(var_140, var_180, adj_140, adj_180, adj_183);
    wp::adj_sub(var_181, var_182, adj_178, adj_179, adj_180);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_179);
    wp::adj_address(var_temp, var_156, var_171, var_172, adj_temp, adj_156, adj_171, adj_172, adj_178);
    wp::adj_sub(var_176, var_177, adj_173, adj_174, adj_175);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_174);
    wp::adj_address(var_temp, var_156, var_171, var_172, adj_temp, adj_156, adj_171, adj_172, adj_173);
    // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
    wp::adj_where(var_150, var_148, var_170, adj_150, adj_148, adj_170, adj_172);
    wp::adj_where(var_150, var_147, var_164, adj_150, adj_147, adj_164, adj_171);
    if (!var_150) {
        wp::adj_where(var_158, var_148, var_169, adj_158, adj_148, adj_169, adj_170);
        if (!var_158) {
            wp::adj_clamp(var_165, var_166, var_168, adj_165, adj_166, adj_168, adj_169);
            wp::adj_sub(var_13, var_167, adj_13, adj_167, adj_168);
            wp::adj_add(var_2, var_145, adj_2, adj_145, adj_165);
            // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
        }
        wp::adj_where(var_158, var_163, var_147, adj_158, adj_163, adj_147, adj_164);
        if (var_158) {
            wp::adj_clamp(var_159, var_160, var_162, adj_159, adj_160, adj_162, adj_163);
            wp::adj_sub(var_9, var_161, adj_9, adj_161, adj_162);
            wp::adj_add(var_1, var_145, adj_1, adj_145, adj_159);
            // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
        }
        // adj: elif axis == 1:                                                               <L 133>
    }
    wp::adj_where(var_150, var_155, var_146, adj_150, adj_155, adj_146, adj_156);
    if (var_150) {
        wp::adj_clamp(var_151, var_152, var_154, adj_151, adj_152, adj_154, adj_155);
        wp::adj_sub(var_5, var_153, adj_5, adj_153, adj_154);
        wp::adj_add(var_0, var_145, adj_0, adj_145, adj_151);
        // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
    }
    // adj: if axis == 0:                                                                     <L 131>
    wp::adj_copy(var_2, adj_2, adj_148);
    // adj: kk = k                                                                            <L 130>
    wp::adj_copy(var_1, adj_1, adj_147);
    // adj: jj = j                                                                            <L 129>
    wp::adj_copy(var_0, adj_0, adj_146);
    // adj: ii = i                                                                            <L 128>
    wp::adj_sub(var_143, var_144, adj_143, adj_144, adj_145);
    wp::adj_mul(var_141, var_142, adj_141, adj_142, adj_143);
    // adj: off = side * 2 - 1                                                                <L 127>
    wp::adj_add(var_96, var_137, adj_96, adj_137, adj_140);
    wp::adj_sub(var_138, var_139, adj_135, adj_136, adj_137);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_136);
    wp::adj_address(var_temp, var_113, var_128, var_129, adj_temp, adj_113, adj_128, adj_129, adj_135);
    wp::adj_sub(var_133, var_134, adj_130, adj_131, adj_132);
    wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_131);
    wp::adj_address(var_temp, var_113, var_128, var_129, adj_temp, adj_113, adj_128, adj_129, adj_130);
    // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
    wp::adj_where(var_107, var_105, var_127, adj_107, adj_105, adj_127, adj_129);
    wp::adj_where(var_107, var_104, var_121, adj_107, adj_104, adj_121, adj_128);
    if (!var_107) {
        wp::adj_where(var_115, var_105, var_126, adj_115, adj_105, adj_126, adj_127);
        if (!var_115) {
            wp::adj_clamp(var_122, var_123, var_125, adj_122, adj_123, adj_125, adj_126);
            wp::adj_sub(var_13, var_124, adj_13, adj_124, adj_125);
            wp::adj_add(var_2, var_102, adj_2, adj_102, adj_122);
            // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
        }
        wp::adj_where(var_115, var_120, var_104, adj_115, adj_120, adj_104, adj_121);
        if (var_115) {
            wp::adj_clamp(var_116, var_117, var_119, adj_116, adj_117, adj_119, adj_120);
            wp::adj_sub(var_9, var_118, adj_9, adj_118, adj_119);
            wp::adj_add(var_1, var_102, adj_1, adj_102, adj_116);
            // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
        }
        // adj: elif axis == 1:                                                               <L 133>
    }
    wp::adj_where(var_107, var_112, var_103, adj_107, adj_112, adj_103, adj_113);
    if (var_107) {
        wp::adj_clamp(var_108, var_109, var_111, adj_108, adj_109, adj_111, adj_112);
        wp::adj_sub(var_5, var_110, adj_5, adj_110, adj_111);
        wp::adj_add(var_0, var_102, adj_0, adj_102, adj_108);
        // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
    }
    // adj: if axis == 0:                                                                     <L 131>
    wp::adj_copy(var_2, adj_2, adj_105);
    // adj: kk = k                                                                            <L 130>
    wp::adj_copy(var_1, adj_1, adj_104);
    // adj: jj = j                                                                            <L 129>
    wp::adj_copy(var_0, adj_0, adj_103);
    // adj: ii = i                                                                            <L 128>
    wp::adj_sub(var_100, var_101, adj_100, adj_101, adj_102);
    wp::adj_mul(var_98, var_99, adj_98, adj_99, adj_100);
    // adj: off = side * 2 - 1                                                                <L 127>
    // adj: for side in range(2):                                                             <L 126>
    // adj: for axis in range(3):                                                             <L 125>
    wp::adj_float(var_95, adj_95, adj_96);
    // adj: lap = float(0.0)                                                                  <L 124>
    wp::adj_where(var_57, var_79, var_92, adj_57, adj_79, adj_92, adj_94);
    wp::adj_where(var_57, var_78, var_86, adj_57, adj_78, adj_86, adj_93);
    if (!var_57) {
        wp::adj_mul(var_79, var_91, adj_79, adj_91, adj_92);
        wp::adj_sub(var_87, var_89, adj_87, adj_89, adj_91);
        wp::adj_mul(var_90, var_dt, adj_88, adj_dt, adj_89);
        adj_params.dissipation += adj_88;
        // adj: s = s * (1.0 - params.dissipation * dt)                                       <L 121>
        wp::adj_sub(var_78, var_85, adj_78, adj_85, adj_86);
        wp::adj_mul(var_83, var_dt, adj_83, adj_dt, adj_85);
        wp::adj_mul(var_84, var_82, adj_81, adj_82, adj_83);
        wp::adj_sub(var_78, var_32, adj_78, adj_32, adj_82);
        adj_params.cooling += adj_81;
        // adj: t = t - params.cooling * (t - AMBIENT_TEMP) * dt                              <L 120>
    }
    wp::adj_where(var_57, var_61, var_52, adj_57, adj_61, adj_52, adj_80);
    wp::adj_where(var_57, var_76, var_35, adj_57, adj_76, adj_35, adj_79);
    wp::adj_where(var_57, var_69, var_50, adj_57, adj_69, adj_50, adj_78);
    wp::adj_where(var_57, var_62, var_25, adj_57, adj_62, adj_25, adj_77);
    if (var_57) {
        wp::adj_add(var_35, var_74, adj_35, adj_74, adj_76);
        wp::adj_mul(var_61, var_75, adj_61, adj_73, adj_74);
        adj_params.smoke_yield += adj_73;
        wp::adj_mul(var_61, var_72, adj_61, adj_70, adj_71);
        adj_params.smoke_yield += adj_70;
        // adj: s += burned * params.smoke_yield                                              <L 118>
        wp::adj_add(var_50, var_67, adj_50, adj_67, adj_69);
        wp::adj_mul(var_61, var_68, adj_61, adj_66, adj_67);
        adj_params.heat_release += adj_66;
        wp::adj_mul(var_61, var_65, adj_61, adj_63, adj_64);
        adj_params.heat_release += adj_63;
        // adj: t += burned * params.heat_release                                             <L 117>
        wp::adj_sub(var_25, var_61, adj_25, adj_61, adj_62);
        // adj: f -= burned                                                                   <L 116>
        wp::adj_min(var_25, var_59, adj_25, adj_59, adj_61);
        wp::adj_mul(var_60, var_dt, adj_58, adj_dt, adj_59);
        adj_params.burn_rate += adj_58;
        // adj: burned = wp.min(f, params.burn_rate * dt)                                     <L 115>
    }
    // adj: if f > 0.0 and t >= IGNITION_TEMP:                                                <L 114>
    wp::adj_float(var_51, adj_51, adj_52);
    // adj: burned = float(0.0)                                                               <L 113>
    wp::adj_where(var_30, var_34, var_49, adj_30, adj_34, adj_49, adj_50);
    if (!var_30) {
        wp::adj_where(var_46, var_48, var_34, adj_46, adj_48, adj_34, adj_49);
        if (var_46) {
            wp::adj_lerp(var_34, var_32, var_47, adj_34, adj_32, adj_47, adj_48);
            // adj: t = wp.lerp(t, AMBIENT_TEMP, 0.5)                                         <L 110>
        }
        wp::adj_sub(var_13, var_43, adj_13, adj_43, adj_44);
        wp::adj_sub(var_5, var_40, adj_5, adj_40, adj_41);
        // adj: elif i == 0 or k == 0 or i == nx - 1 or k == nz - 1:                          <L 109>
    }
    wp::adj_where(var_30, var_31, var_27, adj_30, adj_31, adj_27, adj_35);
    wp::adj_where(var_30, var_33, var_26, adj_30, adj_33, adj_26, adj_34);
    if (var_30) {
        wp::adj_copy(var_32, adj_32, adj_33);
        // adj: t = AMBIENT_TEMP                                                              <L 108>
        // adj: s = 0.0                                                                       <L 107>
    }
    wp::adj_sub(var_9, var_28, adj_9, adj_28, adj_29);
    // adj: if j == ny - 1:                                                                   <L 106>
    adj_trilinear_0(var_smoke, var_24, adj_smoke, adj_24, adj_27);
    // adj: s = trilinear(smoke, p)                                                           <L 103>
    adj_trilinear_0(var_temp, var_24, adj_temp, adj_24, adj_26);
    // adj: t = trilinear(temp, p)                                                            <L 102>
    adj_trilinear_0(var_fuel, var_24, adj_fuel, adj_24, adj_25);
    // adj: f = trilinear(fuel, p)                                                            <L 101>
    wp::adj_sub(var_21, var_23, adj_21, adj_23, adj_24);
    wp::adj_mul(var_16, var_22, adj_16, adj_22, adj_23);
    wp::adj_mul(var_dt, var_inv_h, adj_dt, adj_inv_h, adj_22);
    wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_float(var_2, adj_2, adj_20);
    wp::adj_float(var_1, adj_1, adj_19);
    wp::adj_float(var_0, adj_0, adj_18);
    // adj: p = wp.vec3(float(i), float(j), float(k)) - u * (dt * inv_h)                      <L 100>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_vel, var_0, var_1, var_2, adj_vel, adj_0, adj_1, adj_2, adj_15);
    // adj: u = vel[i, j, k]                                                                  <L 99>
    wp::adj_extract(var_14, var_12, adj_11, adj_12, adj_13);
    adj_fuel.shape = adj_11;
    // adj: nz = fuel.shape[2]                                                                <L 97>
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    adj_fuel.shape = adj_7;
    // adj: ny = fuel.shape[1]                                                                <L 96>
    wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
    adj_fuel.shape = adj_3;
    // adj: nx = fuel.shape[0]                                                                <L 95>
    // adj: i, j, k = wp.tid()                                                                <L 94>
    // adj: def fused_fire_step(                                                              <L 79>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fused_fire_step_00944af8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_fused_fire_step_00944af8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fused_fire_step_00944af8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fused_fire_step_00944af8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_fused_fire_step_00944af8 *_wp_args,
    wp_args_fused_fire_step_00944af8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fused_fire_step_00944af8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

