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
static CUDA_CALLABLE wp::float32 trilinear_0(
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
static CUDA_CALLABLE void adj_trilinear_0(
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
    // adj: k = int(z)                                                                        <L 26>
    // adj: j = int(y)                                                                        <L 25>
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
    adj_f.shape = adj_8;
    // adj: nz = f.shape[2]                                                                   <L 20>
    adj_f.shape = adj_4;
    // adj: ny = f.shape[1]                                                                   <L 19>
    adj_f.shape = adj_0;
    // adj: nx = f.shape[0]                                                                   <L 18>
    // adj: def trilinear(f: wp.array3d(dtype=float), p: wp.vec3) -> float:                   <L 17>
    return;
}



extern "C" __global__ void combust_32f3975c_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fuel,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_smoke,
    FireParams_44109abb var_params,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_burned)
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
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        bool var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = 600.0;
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
        var_11 = (var_4 <= var_10);
        var_9 = var_11;
        if (!var_9) {
            var_13 = (var_7 < var_12);
            var_9 = var_9 || var_13;
        }
        if (var_9) {
            // temp[i, j, k] = t - params.cooling * (t - AMBIENT_TEMP) * dt                       <L 43>
            var_14 = &((var_params).cooling);
            var_16 = wp::sub(var_7, var_15);
            var_18 = wp::load(var_14);
            var_17 = wp::mul(var_18, var_16);
            var_19 = wp::mul(var_17, var_dt);
            var_20 = wp::sub(var_7, var_19);
            wp::array_store(var_temp, var_0, var_1, var_2, var_20);
            // smoke[i, j, k] = smoke[i, j, k] * (1.0 - params.dissipation * dt)                  <L 44>
            var_21 = wp::address(var_smoke, var_0, var_1, var_2);
            var_23 = &((var_params).dissipation);
            var_25 = wp::load(var_23);
            var_24 = wp::mul(var_25, var_dt);
            var_26 = wp::sub(var_22, var_24);
            var_28 = wp::load(var_21);
            var_27 = wp::mul(var_28, var_26);
            wp::array_store(var_smoke, var_0, var_1, var_2, var_27);
            // return                                                                             <L 45>
            continue;
        }
        // b = wp.min(f, params.burn_rate * dt)                                                   <L 46>
        var_29 = &((var_params).burn_rate);
        var_31 = wp::load(var_29);
        var_30 = wp::mul(var_31, var_dt);
        var_32 = wp::min(var_4, var_30);
        // fuel[i, j, k] = f - b                                                                  <L 47>
        var_33 = wp::sub(var_4, var_32);
        wp::array_store(var_fuel, var_0, var_1, var_2, var_33);
        // temp[i, j, k] = t + b * params.heat_release                                            <L 48>
        var_34 = &((var_params).heat_release);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_32, var_36);
        var_37 = wp::add(var_7, var_35);
        wp::array_store(var_temp, var_0, var_1, var_2, var_37);
        // smoke[i, j, k] = smoke[i, j, k] + b * params.smoke_yield                               <L 49>
        var_38 = wp::address(var_smoke, var_0, var_1, var_2);
        var_39 = &((var_params).smoke_yield);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_32, var_41);
        var_43 = wp::load(var_38);
        var_42 = wp::add(var_43, var_40);
        wp::array_store(var_smoke, var_0, var_1, var_2, var_42);
        // wp.atomic_add(burned, 0, b)                                                            <L 50>
        var_45 = wp::atomic_add(var_burned, var_44, var_32);
    }
}



extern "C" __global__ void combust_32f3975c_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fuel,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_smoke,
    FireParams_44109abb var_params,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_burned,
    wp::array_t<wp::float32> adj_fuel,
    wp::array_t<wp::float32> adj_temp,
    wp::array_t<wp::float32> adj_smoke,
    FireParams_44109abb adj_params,
    wp::float32 adj_dt,
    wp::array_t<wp::float32> adj_burned)
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
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        bool var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = 600.0;
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
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
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
        var_11 = (var_4 <= var_10);
        var_9 = var_11;
        if (!var_9) {
            var_13 = (var_7 < var_12);
            var_9 = var_9 || var_13;
        }
        if (var_9) {
            // temp[i, j, k] = t - params.cooling * (t - AMBIENT_TEMP) * dt                       <L 43>
            var_14 = &((var_params).cooling);
            var_16 = wp::sub(var_7, var_15);
            var_18 = wp::load(var_14);
            var_17 = wp::mul(var_18, var_16);
            var_19 = wp::mul(var_17, var_dt);
            var_20 = wp::sub(var_7, var_19);
            // wp::array_store(var_temp, var_0, var_1, var_2, var_20);
            // smoke[i, j, k] = smoke[i, j, k] * (1.0 - params.dissipation * dt)                  <L 44>
            var_21 = wp::address(var_smoke, var_0, var_1, var_2);
            var_23 = &((var_params).dissipation);
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
        var_29 = &((var_params).burn_rate);
        var_31 = wp::load(var_29);
        var_30 = wp::mul(var_31, var_dt);
        var_32 = wp::min(var_4, var_30);
        // fuel[i, j, k] = f - b                                                                  <L 47>
        var_33 = wp::sub(var_4, var_32);
        // wp::array_store(var_fuel, var_0, var_1, var_2, var_33);
        // temp[i, j, k] = t + b * params.heat_release                                            <L 48>
        var_34 = &((var_params).heat_release);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_32, var_36);
        var_37 = wp::add(var_7, var_35);
        // wp::array_store(var_temp, var_0, var_1, var_2, var_37);
        // smoke[i, j, k] = smoke[i, j, k] + b * params.smoke_yield                               <L 49>
        var_38 = wp::address(var_smoke, var_0, var_1, var_2);
        var_39 = &((var_params).smoke_yield);
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
        if (var_9) {
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
        if (!var_9) {
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
        continue;
    }
}



extern "C" __global__ void advect_scalar3_79066129_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::float32 var_dt,
    wp::float32 var_inv_h,
    wp::array_t<wp::float32> var_dst)
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
}



extern "C" __global__ void advect_scalar3_79066129_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::float32 var_dt,
    wp::float32 var_inv_h,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::float32 adj_dt,
    wp::float32 adj_inv_h,
    wp::array_t<wp::float32> adj_dst)
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
        continue;
    }
}



extern "C" __global__ void buoyancy3_900e6896_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_smoke,
    wp::float32 var_alpha,
    wp::float32 var_beta,
    wp::float32 var_dt)
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
}



extern "C" __global__ void buoyancy3_900e6896_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_smoke,
    wp::float32 var_alpha,
    wp::float32 var_beta,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::float32> adj_temp,
    wp::array_t<wp::float32> adj_smoke,
    wp::float32 adj_alpha,
    wp::float32 adj_beta,
    wp::float32 adj_dt)
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
        continue;
    }
}



extern "C" __global__ void emit_source_1b4b6af0_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fuel,
    wp::array_t<wp::float32> var_temp,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::float32 var_fuel_rate,
    wp::float32 var_dt)
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
            continue;
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
}



extern "C" __global__ void emit_source_1b4b6af0_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fuel,
    wp::array_t<wp::float32> var_temp,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::float32 var_fuel_rate,
    wp::float32 var_dt,
    wp::array_t<wp::float32> adj_fuel,
    wp::array_t<wp::float32> adj_temp,
    wp::vec_t<3, wp::float32> adj_center,
    wp::float32 adj_radius,
    wp::float32 adj_fuel_rate,
    wp::float32 adj_dt)
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
        continue;
    }
}



extern "C" __global__ void fused_fire_step_00944af8_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fuel,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_smoke,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_fuel_out,
    wp::array_t<wp::float32> var_temp_out,
    wp::array_t<wp::float32> var_smoke_out,
    FireParams_44109abb var_params,
    wp::float32 var_dt,
    wp::float32 var_inv_h,
    wp::float32 var_alpha,
    wp::float32 var_beta,
    wp::array_t<wp::float32> var_stats)
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
        bool var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        bool var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        bool var_44;
        const wp::float32 var_45 = 293.0;
        const wp::float32 var_46 = 0.5;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 0.0;
        wp::float32 var_53;
        bool var_54;
        const wp::float32 var_55 = 0.0;
        bool var_56;
        const wp::float32 var_57 = 600.0;
        bool var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32* var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32* var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::float32 var_78 = 1.0;
        wp::float32* var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::float32 var_88 = 0.0;
        wp::float32 var_89;
        const wp::int32 var_90 = 0;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 2;
        wp::int32 var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::int32 var_97;
        wp::int32 var_98;
        const wp::int32 var_99 = 0;
        bool var_100;
        wp::int32 var_101;
        const wp::int32 var_102 = 0;
        const wp::int32 var_103 = 1;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 1;
        bool var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 0;
        const wp::int32 var_110 = 1;
        wp::int32 var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        const wp::int32 var_114 = 0;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        wp::int32 var_117;
        wp::int32 var_118;
        wp::int32 var_119;
        wp::int32 var_120;
        wp::int32 var_121;
        wp::int32 var_122;
        wp::float32* var_123;
        wp::float32* var_124;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 1;
        const wp::int32 var_130 = 2;
        wp::int32 var_131;
        const wp::int32 var_132 = 1;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        const wp::int32 var_137 = 0;
        bool var_138;
        wp::int32 var_139;
        const wp::int32 var_140 = 0;
        const wp::int32 var_141 = 1;
        wp::int32 var_142;
        wp::int32 var_143;
        const wp::int32 var_144 = 1;
        bool var_145;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        wp::int32 var_155;
        wp::int32 var_156;
        wp::int32 var_157;
        wp::int32 var_158;
        wp::int32 var_159;
        wp::int32 var_160;
        wp::float32* var_161;
        wp::float32* var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        wp::float32 var_165;
        wp::float32 var_166;
        const wp::int32 var_167 = 1;
        const wp::int32 var_168 = 0;
        const wp::int32 var_169 = 2;
        wp::int32 var_170;
        const wp::int32 var_171 = 1;
        wp::int32 var_172;
        wp::int32 var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        const wp::int32 var_176 = 0;
        bool var_177;
        wp::int32 var_178;
        const wp::int32 var_179 = 0;
        const wp::int32 var_180 = 1;
        wp::int32 var_181;
        wp::int32 var_182;
        const wp::int32 var_183 = 1;
        bool var_184;
        wp::int32 var_185;
        const wp::int32 var_186 = 0;
        const wp::int32 var_187 = 1;
        wp::int32 var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        const wp::int32 var_191 = 0;
        const wp::int32 var_192 = 1;
        wp::int32 var_193;
        wp::int32 var_194;
        wp::int32 var_195;
        wp::int32 var_196;
        wp::int32 var_197;
        wp::int32 var_198;
        wp::int32 var_199;
        wp::float32* var_200;
        wp::float32* var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        const wp::int32 var_206 = 1;
        const wp::int32 var_207 = 2;
        wp::int32 var_208;
        const wp::int32 var_209 = 1;
        wp::int32 var_210;
        wp::int32 var_211;
        wp::int32 var_212;
        wp::int32 var_213;
        const wp::int32 var_214 = 0;
        bool var_215;
        wp::int32 var_216;
        const wp::int32 var_217 = 0;
        const wp::int32 var_218 = 1;
        wp::int32 var_219;
        wp::int32 var_220;
        const wp::int32 var_221 = 1;
        bool var_222;
        wp::int32 var_223;
        const wp::int32 var_224 = 0;
        const wp::int32 var_225 = 1;
        wp::int32 var_226;
        wp::int32 var_227;
        wp::int32 var_228;
        const wp::int32 var_229 = 0;
        const wp::int32 var_230 = 1;
        wp::int32 var_231;
        wp::int32 var_232;
        wp::int32 var_233;
        wp::int32 var_234;
        wp::int32 var_235;
        wp::int32 var_236;
        wp::int32 var_237;
        wp::float32* var_238;
        wp::float32* var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        wp::float32 var_242;
        wp::float32 var_243;
        const wp::int32 var_244 = 2;
        const wp::int32 var_245 = 0;
        const wp::int32 var_246 = 2;
        wp::int32 var_247;
        const wp::int32 var_248 = 1;
        wp::int32 var_249;
        wp::int32 var_250;
        wp::int32 var_251;
        wp::int32 var_252;
        const wp::int32 var_253 = 0;
        bool var_254;
        wp::int32 var_255;
        const wp::int32 var_256 = 0;
        const wp::int32 var_257 = 1;
        wp::int32 var_258;
        wp::int32 var_259;
        const wp::int32 var_260 = 1;
        bool var_261;
        wp::int32 var_262;
        const wp::int32 var_263 = 0;
        const wp::int32 var_264 = 1;
        wp::int32 var_265;
        wp::int32 var_266;
        wp::int32 var_267;
        const wp::int32 var_268 = 0;
        const wp::int32 var_269 = 1;
        wp::int32 var_270;
        wp::int32 var_271;
        wp::int32 var_272;
        wp::int32 var_273;
        wp::int32 var_274;
        wp::int32 var_275;
        wp::int32 var_276;
        wp::float32* var_277;
        wp::float32* var_278;
        wp::float32 var_279;
        wp::float32 var_280;
        wp::float32 var_281;
        wp::float32 var_282;
        const wp::int32 var_283 = 1;
        const wp::int32 var_284 = 2;
        wp::int32 var_285;
        const wp::int32 var_286 = 1;
        wp::int32 var_287;
        wp::int32 var_288;
        wp::int32 var_289;
        wp::int32 var_290;
        const wp::int32 var_291 = 0;
        bool var_292;
        wp::int32 var_293;
        const wp::int32 var_294 = 0;
        const wp::int32 var_295 = 1;
        wp::int32 var_296;
        wp::int32 var_297;
        const wp::int32 var_298 = 1;
        bool var_299;
        wp::int32 var_300;
        const wp::int32 var_301 = 0;
        const wp::int32 var_302 = 1;
        wp::int32 var_303;
        wp::int32 var_304;
        wp::int32 var_305;
        const wp::int32 var_306 = 0;
        const wp::int32 var_307 = 1;
        wp::int32 var_308;
        wp::int32 var_309;
        wp::int32 var_310;
        wp::int32 var_311;
        wp::int32 var_312;
        wp::int32 var_313;
        wp::int32 var_314;
        wp::float32* var_315;
        wp::float32* var_316;
        wp::float32 var_317;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::float32 var_320;
        const wp::float32 var_321 = 0.05;
        wp::float32 var_322;
        wp::float32 var_323;
        const wp::float32 var_324 = 0.0;
        wp::float32 var_325;
        wp::float32 var_326;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        const wp::float32 var_331 = 0.0;
        wp::float32 var_332;
        const wp::float32 var_333 = 0.0;
        wp::vec_t<3, wp::float32> var_334;
        wp::vec_t<3, wp::float32> var_335;
        const wp::int32 var_336 = 0;
        wp::float32 var_337;
        const wp::int32 var_338 = 1;
        wp::float32 var_339;
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
        if (!var_30) {
            // elif i == 0 or k == 0 or i == nx - 1 or k == nz - 1:                               <L 109>
            var_36 = (var_0 == var_35);
            var_34 = var_36;
            if (!var_34) {
                var_38 = (var_2 == var_37);
                var_34 = var_34 || var_38;
            }
            if (!var_34) {
                var_40 = wp::sub(var_5, var_39);
                var_41 = (var_0 == var_40);
                var_34 = var_34 || var_41;
            }
            if (!var_34) {
                var_43 = wp::sub(var_13, var_42);
                var_44 = (var_2 == var_43);
                var_34 = var_34 || var_44;
            }
            if (var_34) {
                // t = wp.lerp(t, AMBIENT_TEMP, 0.5)                                              <L 110>
                var_47 = wp::lerp(var_26, var_45, var_46);
            }
            var_48 = wp::where(var_34, var_47, var_26);
        }
        var_49 = wp::where(var_30, var_33, var_48);
        var_50 = wp::where(var_30, var_31, var_27);
        var_51 = wp::where(var_30, var_32, var_45);
        // burned = float(0.0)                                                                    <L 113>
        var_53 = wp::float(var_52);
        // if f > 0.0 and t >= IGNITION_TEMP:                                                     <L 114>
        var_56 = (var_25 > var_55);
        var_54 = var_56;
        if (var_54) {
            var_58 = (var_49 >= var_57);
            var_54 = var_54 && var_58;
        }
        if (var_54) {
            // burned = wp.min(f, params.burn_rate * dt)                                          <L 115>
            var_59 = &((var_params).burn_rate);
            var_61 = wp::load(var_59);
            var_60 = wp::mul(var_61, var_dt);
            var_62 = wp::min(var_25, var_60);
            // f -= burned                                                                        <L 116>
            var_63 = wp::sub(var_25, var_62);
            // t += burned * params.heat_release                                                  <L 117>
            var_64 = &((var_params).heat_release);
            var_66 = wp::load(var_64);
            var_65 = wp::mul(var_62, var_66);
            var_67 = wp::add(var_49, var_65);
            // s += burned * params.smoke_yield                                                   <L 118>
            var_68 = &((var_params).smoke_yield);
            var_70 = wp::load(var_68);
            var_69 = wp::mul(var_62, var_70);
            var_71 = wp::add(var_50, var_69);
        }
        if (!var_54) {
            // t = t - params.cooling * (t - AMBIENT_TEMP) * dt                                   <L 120>
            var_72 = &((var_params).cooling);
            var_73 = wp::sub(var_49, var_51);
            var_75 = wp::load(var_72);
            var_74 = wp::mul(var_75, var_73);
            var_76 = wp::mul(var_74, var_dt);
            var_77 = wp::sub(var_49, var_76);
            // s = s * (1.0 - params.dissipation * dt)                                            <L 121>
            var_79 = &((var_params).dissipation);
            var_81 = wp::load(var_79);
            var_80 = wp::mul(var_81, var_dt);
            var_82 = wp::sub(var_78, var_80);
            var_83 = wp::mul(var_50, var_82);
        }
        var_84 = wp::where(var_54, var_63, var_25);
        var_85 = wp::where(var_54, var_67, var_77);
        var_86 = wp::where(var_54, var_71, var_83);
        var_87 = wp::where(var_54, var_62, var_53);
        // lap = float(0.0)                                                                       <L 124>
        var_89 = wp::float(var_88);
        // for axis in range(3):                                                                  <L 125>
        // for side in range(2):                                                                  <L 126>
        // off = side * 2 - 1                                                                     <L 127>
        var_93 = wp::mul(var_91, var_92);
        var_95 = wp::sub(var_93, var_94);
        // ii = i                                                                                 <L 128>
        var_96 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_97 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_98 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_100 = (var_90 == var_99);
        if (var_100) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_101 = wp::add(var_0, var_95);
            var_104 = wp::sub(var_5, var_103);
            var_105 = wp::clamp(var_101, var_102, var_104);
        }
        if (!var_100) {
            // elif axis == 1:                                                                    <L 133>
            var_107 = (var_90 == var_106);
            if (var_107) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_108 = wp::add(var_1, var_95);
                var_111 = wp::sub(var_9, var_110);
                var_112 = wp::clamp(var_108, var_109, var_111);
            }
            if (!var_107) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_113 = wp::add(var_2, var_95);
                var_116 = wp::sub(var_13, var_115);
                var_117 = wp::clamp(var_113, var_114, var_116);
            }
            var_118 = wp::where(var_107, var_112, var_97);
            var_119 = wp::where(var_107, var_98, var_117);
        }
        var_120 = wp::where(var_100, var_105, var_96);
        var_121 = wp::where(var_100, var_97, var_118);
        var_122 = wp::where(var_100, var_98, var_119);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_123 = wp::address(var_temp, var_120, var_121, var_122);
        var_124 = wp::address(var_temp, var_0, var_1, var_2);
        var_126 = wp::load(var_123);
        var_127 = wp::load(var_124);
        var_125 = wp::sub(var_126, var_127);
        var_128 = wp::add(var_89, var_125);
        // off = side * 2 - 1                                                                     <L 127>
        var_131 = wp::mul(var_129, var_130);
        var_133 = wp::sub(var_131, var_132);
        // ii = i                                                                                 <L 128>
        var_134 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_135 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_136 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_138 = (var_90 == var_137);
        if (var_138) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_139 = wp::add(var_0, var_133);
            var_142 = wp::sub(var_5, var_141);
            var_143 = wp::clamp(var_139, var_140, var_142);
        }
        if (!var_138) {
            // elif axis == 1:                                                                    <L 133>
            var_145 = (var_90 == var_144);
            if (var_145) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_146 = wp::add(var_1, var_133);
                var_149 = wp::sub(var_9, var_148);
                var_150 = wp::clamp(var_146, var_147, var_149);
            }
            if (!var_145) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_151 = wp::add(var_2, var_133);
                var_154 = wp::sub(var_13, var_153);
                var_155 = wp::clamp(var_151, var_152, var_154);
            }
            var_156 = wp::where(var_145, var_150, var_135);
            var_157 = wp::where(var_145, var_136, var_155);
        }
        var_158 = wp::where(var_138, var_143, var_134);
        var_159 = wp::where(var_138, var_135, var_156);
        var_160 = wp::where(var_138, var_136, var_157);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_161 = wp::address(var_temp, var_158, var_159, var_160);
        var_162 = wp::address(var_temp, var_0, var_1, var_2);
        var_164 = wp::load(var_161);
        var_165 = wp::load(var_162);
        var_163 = wp::sub(var_164, var_165);
        var_166 = wp::add(var_128, var_163);
        // for side in range(2):                                                                  <L 126>
        // off = side * 2 - 1                                                                     <L 127>
        var_170 = wp::mul(var_168, var_169);
        var_172 = wp::sub(var_170, var_171);
        // ii = i                                                                                 <L 128>
        var_173 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_174 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_175 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_177 = (var_167 == var_176);
        if (var_177) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_178 = wp::add(var_0, var_172);
            var_181 = wp::sub(var_5, var_180);
            var_182 = wp::clamp(var_178, var_179, var_181);
        }
        if (!var_177) {
            // elif axis == 1:                                                                    <L 133>
            var_184 = (var_167 == var_183);
            if (var_184) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_185 = wp::add(var_1, var_172);
                var_188 = wp::sub(var_9, var_187);
                var_189 = wp::clamp(var_185, var_186, var_188);
            }
            if (!var_184) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_190 = wp::add(var_2, var_172);
                var_193 = wp::sub(var_13, var_192);
                var_194 = wp::clamp(var_190, var_191, var_193);
            }
            var_195 = wp::where(var_184, var_189, var_174);
            var_196 = wp::where(var_184, var_175, var_194);
        }
        var_197 = wp::where(var_177, var_182, var_173);
        var_198 = wp::where(var_177, var_174, var_195);
        var_199 = wp::where(var_177, var_175, var_196);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_200 = wp::address(var_temp, var_197, var_198, var_199);
        var_201 = wp::address(var_temp, var_0, var_1, var_2);
        var_203 = wp::load(var_200);
        var_204 = wp::load(var_201);
        var_202 = wp::sub(var_203, var_204);
        var_205 = wp::add(var_166, var_202);
        // off = side * 2 - 1                                                                     <L 127>
        var_208 = wp::mul(var_206, var_207);
        var_210 = wp::sub(var_208, var_209);
        // ii = i                                                                                 <L 128>
        var_211 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_212 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_213 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_215 = (var_167 == var_214);
        if (var_215) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_216 = wp::add(var_0, var_210);
            var_219 = wp::sub(var_5, var_218);
            var_220 = wp::clamp(var_216, var_217, var_219);
        }
        if (!var_215) {
            // elif axis == 1:                                                                    <L 133>
            var_222 = (var_167 == var_221);
            if (var_222) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_223 = wp::add(var_1, var_210);
                var_226 = wp::sub(var_9, var_225);
                var_227 = wp::clamp(var_223, var_224, var_226);
            }
            if (!var_222) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_228 = wp::add(var_2, var_210);
                var_231 = wp::sub(var_13, var_230);
                var_232 = wp::clamp(var_228, var_229, var_231);
            }
            var_233 = wp::where(var_222, var_227, var_212);
            var_234 = wp::where(var_222, var_213, var_232);
        }
        var_235 = wp::where(var_215, var_220, var_211);
        var_236 = wp::where(var_215, var_212, var_233);
        var_237 = wp::where(var_215, var_213, var_234);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_238 = wp::address(var_temp, var_235, var_236, var_237);
        var_239 = wp::address(var_temp, var_0, var_1, var_2);
        var_241 = wp::load(var_238);
        var_242 = wp::load(var_239);
        var_240 = wp::sub(var_241, var_242);
        var_243 = wp::add(var_205, var_240);
        // for side in range(2):                                                                  <L 126>
        // off = side * 2 - 1                                                                     <L 127>
        var_247 = wp::mul(var_245, var_246);
        var_249 = wp::sub(var_247, var_248);
        // ii = i                                                                                 <L 128>
        var_250 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_251 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_252 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_254 = (var_244 == var_253);
        if (var_254) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_255 = wp::add(var_0, var_249);
            var_258 = wp::sub(var_5, var_257);
            var_259 = wp::clamp(var_255, var_256, var_258);
        }
        if (!var_254) {
            // elif axis == 1:                                                                    <L 133>
            var_261 = (var_244 == var_260);
            if (var_261) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_262 = wp::add(var_1, var_249);
                var_265 = wp::sub(var_9, var_264);
                var_266 = wp::clamp(var_262, var_263, var_265);
            }
            if (!var_261) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_267 = wp::add(var_2, var_249);
                var_270 = wp::sub(var_13, var_269);
                var_271 = wp::clamp(var_267, var_268, var_270);
            }
            var_272 = wp::where(var_261, var_266, var_251);
            var_273 = wp::where(var_261, var_252, var_271);
        }
        var_274 = wp::where(var_254, var_259, var_250);
        var_275 = wp::where(var_254, var_251, var_272);
        var_276 = wp::where(var_254, var_252, var_273);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_277 = wp::address(var_temp, var_274, var_275, var_276);
        var_278 = wp::address(var_temp, var_0, var_1, var_2);
        var_280 = wp::load(var_277);
        var_281 = wp::load(var_278);
        var_279 = wp::sub(var_280, var_281);
        var_282 = wp::add(var_243, var_279);
        // off = side * 2 - 1                                                                     <L 127>
        var_285 = wp::mul(var_283, var_284);
        var_287 = wp::sub(var_285, var_286);
        // ii = i                                                                                 <L 128>
        var_288 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_289 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_290 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_292 = (var_244 == var_291);
        if (var_292) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_293 = wp::add(var_0, var_287);
            var_296 = wp::sub(var_5, var_295);
            var_297 = wp::clamp(var_293, var_294, var_296);
        }
        if (!var_292) {
            // elif axis == 1:                                                                    <L 133>
            var_299 = (var_244 == var_298);
            if (var_299) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_300 = wp::add(var_1, var_287);
                var_303 = wp::sub(var_9, var_302);
                var_304 = wp::clamp(var_300, var_301, var_303);
            }
            if (!var_299) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_305 = wp::add(var_2, var_287);
                var_308 = wp::sub(var_13, var_307);
                var_309 = wp::clamp(var_305, var_306, var_308);
            }
            var_310 = wp::where(var_299, var_304, var_289);
            var_311 = wp::where(var_299, var_290, var_309);
        }
        var_312 = wp::where(var_292, var_297, var_288);
        var_313 = wp::where(var_292, var_289, var_310);
        var_314 = wp::where(var_292, var_290, var_311);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_315 = wp::address(var_temp, var_312, var_313, var_314);
        var_316 = wp::address(var_temp, var_0, var_1, var_2);
        var_318 = wp::load(var_315);
        var_319 = wp::load(var_316);
        var_317 = wp::sub(var_318, var_319);
        var_320 = wp::add(var_282, var_317);
        // t += 0.05 * lap                                                                        <L 138>
        var_322 = wp::mul(var_321, var_320);
        var_323 = wp::add(var_85, var_322);
        // fuel_out[i, j, k] = f                                                                  <L 140>
        wp::array_store(var_fuel_out, var_0, var_1, var_2, var_84);
        // temp_out[i, j, k] = t                                                                  <L 141>
        wp::array_store(var_temp_out, var_0, var_1, var_2, var_323);
        // smoke_out[i, j, k] = wp.max(s, 0.0)                                                    <L 142>
        var_325 = wp::max(var_86, var_324);
        wp::array_store(var_smoke_out, var_0, var_1, var_2, var_325);
        // up = beta * (t - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * s                              <L 144>
        var_326 = wp::sub(var_323, var_51);
        var_327 = wp::mul(var_beta, var_326);
        var_328 = wp::div(var_327, var_51);
        var_329 = wp::mul(var_alpha, var_86);
        var_330 = wp::sub(var_328, var_329);
        // vel[i, j, k] = u + wp.vec3(0.0, up * dt, 0.0)                                          <L 145>
        var_332 = wp::mul(var_330, var_dt);
        var_334 = wp::vec_t<3, wp::float32>(var_331, var_332, var_333);
        var_335 = wp::add(var_16, var_334);
        wp::array_store(var_vel, var_0, var_1, var_2, var_335);
        // wp.atomic_add(stats, 0, burned)                                                        <L 146>
        var_337 = wp::atomic_add(var_stats, var_336, var_87);
        // wp.atomic_max(stats, 1, t)                                                             <L 147>
        var_339 = wp::atomic_max(var_stats, var_338, var_323);
    }
}



extern "C" __global__ void fused_fire_step_00944af8_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fuel,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_smoke,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_fuel_out,
    wp::array_t<wp::float32> var_temp_out,
    wp::array_t<wp::float32> var_smoke_out,
    FireParams_44109abb var_params,
    wp::float32 var_dt,
    wp::float32 var_inv_h,
    wp::float32 var_alpha,
    wp::float32 var_beta,
    wp::array_t<wp::float32> var_stats,
    wp::array_t<wp::float32> adj_fuel,
    wp::array_t<wp::float32> adj_temp,
    wp::array_t<wp::float32> adj_smoke,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::float32> adj_fuel_out,
    wp::array_t<wp::float32> adj_temp_out,
    wp::array_t<wp::float32> adj_smoke_out,
    FireParams_44109abb adj_params,
    wp::float32 adj_dt,
    wp::float32 adj_inv_h,
    wp::float32 adj_alpha,
    wp::float32 adj_beta,
    wp::array_t<wp::float32> adj_stats)
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
        bool var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        bool var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        bool var_44;
        const wp::float32 var_45 = 293.0;
        const wp::float32 var_46 = 0.5;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 0.0;
        wp::float32 var_53;
        bool var_54;
        const wp::float32 var_55 = 0.0;
        bool var_56;
        const wp::float32 var_57 = 600.0;
        bool var_58;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32* var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32* var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::float32 var_78 = 1.0;
        wp::float32* var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::float32 var_88 = 0.0;
        wp::float32 var_89;
        const wp::int32 var_90 = 0;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 2;
        wp::int32 var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::int32 var_97;
        wp::int32 var_98;
        const wp::int32 var_99 = 0;
        bool var_100;
        wp::int32 var_101;
        const wp::int32 var_102 = 0;
        const wp::int32 var_103 = 1;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 1;
        bool var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 0;
        const wp::int32 var_110 = 1;
        wp::int32 var_111;
        wp::int32 var_112;
        wp::int32 var_113;
        const wp::int32 var_114 = 0;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        wp::int32 var_117;
        wp::int32 var_118;
        wp::int32 var_119;
        wp::int32 var_120;
        wp::int32 var_121;
        wp::int32 var_122;
        wp::float32* var_123;
        wp::float32* var_124;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 1;
        const wp::int32 var_130 = 2;
        wp::int32 var_131;
        const wp::int32 var_132 = 1;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        const wp::int32 var_137 = 0;
        bool var_138;
        wp::int32 var_139;
        const wp::int32 var_140 = 0;
        const wp::int32 var_141 = 1;
        wp::int32 var_142;
        wp::int32 var_143;
        const wp::int32 var_144 = 1;
        bool var_145;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        wp::int32 var_155;
        wp::int32 var_156;
        wp::int32 var_157;
        wp::int32 var_158;
        wp::int32 var_159;
        wp::int32 var_160;
        wp::float32* var_161;
        wp::float32* var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        wp::float32 var_165;
        wp::float32 var_166;
        const wp::int32 var_167 = 1;
        const wp::int32 var_168 = 0;
        const wp::int32 var_169 = 2;
        wp::int32 var_170;
        const wp::int32 var_171 = 1;
        wp::int32 var_172;
        wp::int32 var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        const wp::int32 var_176 = 0;
        bool var_177;
        wp::int32 var_178;
        const wp::int32 var_179 = 0;
        const wp::int32 var_180 = 1;
        wp::int32 var_181;
        wp::int32 var_182;
        const wp::int32 var_183 = 1;
        bool var_184;
        wp::int32 var_185;
        const wp::int32 var_186 = 0;
        const wp::int32 var_187 = 1;
        wp::int32 var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        const wp::int32 var_191 = 0;
        const wp::int32 var_192 = 1;
        wp::int32 var_193;
        wp::int32 var_194;
        wp::int32 var_195;
        wp::int32 var_196;
        wp::int32 var_197;
        wp::int32 var_198;
        wp::int32 var_199;
        wp::float32* var_200;
        wp::float32* var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        const wp::int32 var_206 = 1;
        const wp::int32 var_207 = 2;
        wp::int32 var_208;
        const wp::int32 var_209 = 1;
        wp::int32 var_210;
        wp::int32 var_211;
        wp::int32 var_212;
        wp::int32 var_213;
        const wp::int32 var_214 = 0;
        bool var_215;
        wp::int32 var_216;
        const wp::int32 var_217 = 0;
        const wp::int32 var_218 = 1;
        wp::int32 var_219;
        wp::int32 var_220;
        const wp::int32 var_221 = 1;
        bool var_222;
        wp::int32 var_223;
        const wp::int32 var_224 = 0;
        const wp::int32 var_225 = 1;
        wp::int32 var_226;
        wp::int32 var_227;
        wp::int32 var_228;
        const wp::int32 var_229 = 0;
        const wp::int32 var_230 = 1;
        wp::int32 var_231;
        wp::int32 var_232;
        wp::int32 var_233;
        wp::int32 var_234;
        wp::int32 var_235;
        wp::int32 var_236;
        wp::int32 var_237;
        wp::float32* var_238;
        wp::float32* var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        wp::float32 var_242;
        wp::float32 var_243;
        const wp::int32 var_244 = 2;
        const wp::int32 var_245 = 0;
        const wp::int32 var_246 = 2;
        wp::int32 var_247;
        const wp::int32 var_248 = 1;
        wp::int32 var_249;
        wp::int32 var_250;
        wp::int32 var_251;
        wp::int32 var_252;
        const wp::int32 var_253 = 0;
        bool var_254;
        wp::int32 var_255;
        const wp::int32 var_256 = 0;
        const wp::int32 var_257 = 1;
        wp::int32 var_258;
        wp::int32 var_259;
        const wp::int32 var_260 = 1;
        bool var_261;
        wp::int32 var_262;
        const wp::int32 var_263 = 0;
        const wp::int32 var_264 = 1;
        wp::int32 var_265;
        wp::int32 var_266;
        wp::int32 var_267;
        const wp::int32 var_268 = 0;
        const wp::int32 var_269 = 1;
        wp::int32 var_270;
        wp::int32 var_271;
        wp::int32 var_272;
        wp::int32 var_273;
        wp::int32 var_274;
        wp::int32 var_275;
        wp::int32 var_276;
        wp::float32* var_277;
        wp::float32* var_278;
        wp::float32 var_279;
        wp::float32 var_280;
        wp::float32 var_281;
        wp::float32 var_282;
        const wp::int32 var_283 = 1;
        const wp::int32 var_284 = 2;
        wp::int32 var_285;
        const wp::int32 var_286 = 1;
        wp::int32 var_287;
        wp::int32 var_288;
        wp::int32 var_289;
        wp::int32 var_290;
        const wp::int32 var_291 = 0;
        bool var_292;
        wp::int32 var_293;
        const wp::int32 var_294 = 0;
        const wp::int32 var_295 = 1;
        wp::int32 var_296;
        wp::int32 var_297;
        const wp::int32 var_298 = 1;
        bool var_299;
        wp::int32 var_300;
        const wp::int32 var_301 = 0;
        const wp::int32 var_302 = 1;
        wp::int32 var_303;
        wp::int32 var_304;
        wp::int32 var_305;
        const wp::int32 var_306 = 0;
        const wp::int32 var_307 = 1;
        wp::int32 var_308;
        wp::int32 var_309;
        wp::int32 var_310;
        wp::int32 var_311;
        wp::int32 var_312;
        wp::int32 var_313;
        wp::int32 var_314;
        wp::float32* var_315;
        wp::float32* var_316;
        wp::float32 var_317;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::float32 var_320;
        const wp::float32 var_321 = 0.05;
        wp::float32 var_322;
        wp::float32 var_323;
        const wp::float32 var_324 = 0.0;
        wp::float32 var_325;
        wp::float32 var_326;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        const wp::float32 var_331 = 0.0;
        wp::float32 var_332;
        const wp::float32 var_333 = 0.0;
        wp::vec_t<3, wp::float32> var_334;
        wp::vec_t<3, wp::float32> var_335;
        const wp::int32 var_336 = 0;
        wp::float32 var_337;
        const wp::int32 var_338 = 1;
        wp::float32 var_339;
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
        bool adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        bool adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        bool adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
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
        wp::float32 adj_57 = {};
        bool adj_58 = {};
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
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        bool adj_100 = {};
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
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        bool adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        bool adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::int32 adj_154 = {};
        wp::int32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::int32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::float32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::int32 adj_176 = {};
        bool adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        bool adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::int32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::int32 adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::int32 adj_199 = {};
        wp::float32 adj_200 = {};
        wp::float32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::int32 adj_206 = {};
        wp::int32 adj_207 = {};
        wp::int32 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::int32 adj_212 = {};
        wp::int32 adj_213 = {};
        wp::int32 adj_214 = {};
        bool adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::int32 adj_221 = {};
        bool adj_222 = {};
        wp::int32 adj_223 = {};
        wp::int32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::int32 adj_226 = {};
        wp::int32 adj_227 = {};
        wp::int32 adj_228 = {};
        wp::int32 adj_229 = {};
        wp::int32 adj_230 = {};
        wp::int32 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::int32 adj_233 = {};
        wp::int32 adj_234 = {};
        wp::int32 adj_235 = {};
        wp::int32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::float32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::float32 adj_240 = {};
        wp::float32 adj_241 = {};
        wp::float32 adj_242 = {};
        wp::float32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::int32 adj_245 = {};
        wp::int32 adj_246 = {};
        wp::int32 adj_247 = {};
        wp::int32 adj_248 = {};
        wp::int32 adj_249 = {};
        wp::int32 adj_250 = {};
        wp::int32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::int32 adj_253 = {};
        bool adj_254 = {};
        wp::int32 adj_255 = {};
        wp::int32 adj_256 = {};
        wp::int32 adj_257 = {};
        wp::int32 adj_258 = {};
        wp::int32 adj_259 = {};
        wp::int32 adj_260 = {};
        bool adj_261 = {};
        wp::int32 adj_262 = {};
        wp::int32 adj_263 = {};
        wp::int32 adj_264 = {};
        wp::int32 adj_265 = {};
        wp::int32 adj_266 = {};
        wp::int32 adj_267 = {};
        wp::int32 adj_268 = {};
        wp::int32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::int32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::int32 adj_273 = {};
        wp::int32 adj_274 = {};
        wp::int32 adj_275 = {};
        wp::int32 adj_276 = {};
        wp::float32 adj_277 = {};
        wp::float32 adj_278 = {};
        wp::float32 adj_279 = {};
        wp::float32 adj_280 = {};
        wp::float32 adj_281 = {};
        wp::float32 adj_282 = {};
        wp::int32 adj_283 = {};
        wp::int32 adj_284 = {};
        wp::int32 adj_285 = {};
        wp::int32 adj_286 = {};
        wp::int32 adj_287 = {};
        wp::int32 adj_288 = {};
        wp::int32 adj_289 = {};
        wp::int32 adj_290 = {};
        wp::int32 adj_291 = {};
        bool adj_292 = {};
        wp::int32 adj_293 = {};
        wp::int32 adj_294 = {};
        wp::int32 adj_295 = {};
        wp::int32 adj_296 = {};
        wp::int32 adj_297 = {};
        wp::int32 adj_298 = {};
        bool adj_299 = {};
        wp::int32 adj_300 = {};
        wp::int32 adj_301 = {};
        wp::int32 adj_302 = {};
        wp::int32 adj_303 = {};
        wp::int32 adj_304 = {};
        wp::int32 adj_305 = {};
        wp::int32 adj_306 = {};
        wp::int32 adj_307 = {};
        wp::int32 adj_308 = {};
        wp::int32 adj_309 = {};
        wp::int32 adj_310 = {};
        wp::int32 adj_311 = {};
        wp::int32 adj_312 = {};
        wp::int32 adj_313 = {};
        wp::int32 adj_314 = {};
        wp::float32 adj_315 = {};
        wp::float32 adj_316 = {};
        wp::float32 adj_317 = {};
        wp::float32 adj_318 = {};
        wp::float32 adj_319 = {};
        wp::float32 adj_320 = {};
        wp::float32 adj_321 = {};
        wp::float32 adj_322 = {};
        wp::float32 adj_323 = {};
        wp::float32 adj_324 = {};
        wp::float32 adj_325 = {};
        wp::float32 adj_326 = {};
        wp::float32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        wp::float32 adj_331 = {};
        wp::float32 adj_332 = {};
        wp::float32 adj_333 = {};
        wp::vec_t<3, wp::float32> adj_334 = {};
        wp::vec_t<3, wp::float32> adj_335 = {};
        wp::int32 adj_336 = {};
        wp::float32 adj_337 = {};
        wp::int32 adj_338 = {};
        wp::float32 adj_339 = {};
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
        if (!var_30) {
            // elif i == 0 or k == 0 or i == nx - 1 or k == nz - 1:                               <L 109>
            var_36 = (var_0 == var_35);
            var_34 = var_36;
            if (!var_34) {
                var_38 = (var_2 == var_37);
                var_34 = var_34 || var_38;
            }
            if (!var_34) {
                var_40 = wp::sub(var_5, var_39);
                var_41 = (var_0 == var_40);
                var_34 = var_34 || var_41;
            }
            if (!var_34) {
                var_43 = wp::sub(var_13, var_42);
                var_44 = (var_2 == var_43);
                var_34 = var_34 || var_44;
            }
            if (var_34) {
                // t = wp.lerp(t, AMBIENT_TEMP, 0.5)                                              <L 110>
                var_47 = wp::lerp(var_26, var_45, var_46);
            }
            var_48 = wp::where(var_34, var_47, var_26);
        }
        var_49 = wp::where(var_30, var_33, var_48);
        var_50 = wp::where(var_30, var_31, var_27);
        var_51 = wp::where(var_30, var_32, var_45);
        // burned = float(0.0)                                                                    <L 113>
        var_53 = wp::float(var_52);
        // if f > 0.0 and t >= IGNITION_TEMP:                                                     <L 114>
        var_56 = (var_25 > var_55);
        var_54 = var_56;
        if (var_54) {
            var_58 = (var_49 >= var_57);
            var_54 = var_54 && var_58;
        }
        if (var_54) {
            // burned = wp.min(f, params.burn_rate * dt)                                          <L 115>
            var_59 = &((var_params).burn_rate);
            var_61 = wp::load(var_59);
            var_60 = wp::mul(var_61, var_dt);
            var_62 = wp::min(var_25, var_60);
            // f -= burned                                                                        <L 116>
            var_63 = wp::sub(var_25, var_62);
            // t += burned * params.heat_release                                                  <L 117>
            var_64 = &((var_params).heat_release);
            var_66 = wp::load(var_64);
            var_65 = wp::mul(var_62, var_66);
            var_67 = wp::add(var_49, var_65);
            // s += burned * params.smoke_yield                                                   <L 118>
            var_68 = &((var_params).smoke_yield);
            var_70 = wp::load(var_68);
            var_69 = wp::mul(var_62, var_70);
            var_71 = wp::add(var_50, var_69);
        }
        if (!var_54) {
            // t = t - params.cooling * (t - AMBIENT_TEMP) * dt                                   <L 120>
            var_72 = &((var_params).cooling);
            var_73 = wp::sub(var_49, var_51);
            var_75 = wp::load(var_72);
            var_74 = wp::mul(var_75, var_73);
            var_76 = wp::mul(var_74, var_dt);
            var_77 = wp::sub(var_49, var_76);
            // s = s * (1.0 - params.dissipation * dt)                                            <L 121>
            var_79 = &((var_params).dissipation);
            var_81 = wp::load(var_79);
            var_80 = wp::mul(var_81, var_dt);
            var_82 = wp::sub(var_78, var_80);
            var_83 = wp::mul(var_50, var_82);
        }
        var_84 = wp::where(var_54, var_63, var_25);
        var_85 = wp::where(var_54, var_67, var_77);
        var_86 = wp::where(var_54, var_71, var_83);
        var_87 = wp::where(var_54, var_62, var_53);
        // lap = float(0.0)                                                                       <L 124>
        var_89 = wp::float(var_88);
        // for axis in range(3):                                                                  <L 125>
        // for side in range(2):                                                                  <L 126>
        // off = side * 2 - 1                                                                     <L 127>
        var_93 = wp::mul(var_91, var_92);
        var_95 = wp::sub(var_93, var_94);
        // ii = i                                                                                 <L 128>
        var_96 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_97 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_98 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_100 = (var_90 == var_99);
        if (var_100) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_101 = wp::add(var_0, var_95);
            var_104 = wp::sub(var_5, var_103);
            var_105 = wp::clamp(var_101, var_102, var_104);
        }
        if (!var_100) {
            // elif axis == 1:                                                                    <L 133>
            var_107 = (var_90 == var_106);
            if (var_107) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_108 = wp::add(var_1, var_95);
                var_111 = wp::sub(var_9, var_110);
                var_112 = wp::clamp(var_108, var_109, var_111);
            }
            if (!var_107) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_113 = wp::add(var_2, var_95);
                var_116 = wp::sub(var_13, var_115);
                var_117 = wp::clamp(var_113, var_114, var_116);
            }
            var_118 = wp::where(var_107, var_112, var_97);
            var_119 = wp::where(var_107, var_98, var_117);
        }
        var_120 = wp::where(var_100, var_105, var_96);
        var_121 = wp::where(var_100, var_97, var_118);
        var_122 = wp::where(var_100, var_98, var_119);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_123 = wp::address(var_temp, var_120, var_121, var_122);
        var_124 = wp::address(var_temp, var_0, var_1, var_2);
        var_126 = wp::load(var_123);
        var_127 = wp::load(var_124);
        var_125 = wp::sub(var_126, var_127);
        var_128 = wp::add(var_89, var_125);
        // off = side * 2 - 1                                                                     <L 127>
        var_131 = wp::mul(var_129, var_130);
        var_133 = wp::sub(var_131, var_132);
        // ii = i                                                                                 <L 128>
        var_134 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_135 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_136 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_138 = (var_90 == var_137);
        if (var_138) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_139 = wp::add(var_0, var_133);
            var_142 = wp::sub(var_5, var_141);
            var_143 = wp::clamp(var_139, var_140, var_142);
        }
        if (!var_138) {
            // elif axis == 1:                                                                    <L 133>
            var_145 = (var_90 == var_144);
            if (var_145) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_146 = wp::add(var_1, var_133);
                var_149 = wp::sub(var_9, var_148);
                var_150 = wp::clamp(var_146, var_147, var_149);
            }
            if (!var_145) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_151 = wp::add(var_2, var_133);
                var_154 = wp::sub(var_13, var_153);
                var_155 = wp::clamp(var_151, var_152, var_154);
            }
            var_156 = wp::where(var_145, var_150, var_135);
            var_157 = wp::where(var_145, var_136, var_155);
        }
        var_158 = wp::where(var_138, var_143, var_134);
        var_159 = wp::where(var_138, var_135, var_156);
        var_160 = wp::where(var_138, var_136, var_157);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_161 = wp::address(var_temp, var_158, var_159, var_160);
        var_162 = wp::address(var_temp, var_0, var_1, var_2);
        var_164 = wp::load(var_161);
        var_165 = wp::load(var_162);
        var_163 = wp::sub(var_164, var_165);
        var_166 = wp::add(var_128, var_163);
        // for side in range(2):                                                                  <L 126>
        // off = side * 2 - 1                                                                     <L 127>
        var_170 = wp::mul(var_168, var_169);
        var_172 = wp::sub(var_170, var_171);
        // ii = i                                                                                 <L 128>
        var_173 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_174 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_175 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_177 = (var_167 == var_176);
        if (var_177) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_178 = wp::add(var_0, var_172);
            var_181 = wp::sub(var_5, var_180);
            var_182 = wp::clamp(var_178, var_179, var_181);
        }
        if (!var_177) {
            // elif axis == 1:                                                                    <L 133>
            var_184 = (var_167 == var_183);
            if (var_184) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_185 = wp::add(var_1, var_172);
                var_188 = wp::sub(var_9, var_187);
                var_189 = wp::clamp(var_185, var_186, var_188);
            }
            if (!var_184) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_190 = wp::add(var_2, var_172);
                var_193 = wp::sub(var_13, var_192);
                var_194 = wp::clamp(var_190, var_191, var_193);
            }
            var_195 = wp::where(var_184, var_189, var_174);
            var_196 = wp::where(var_184, var_175, var_194);
        }
        var_197 = wp::where(var_177, var_182, var_173);
        var_198 = wp::where(var_177, var_174, var_195);
        var_199 = wp::where(var_177, var_175, var_196);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_200 = wp::address(var_temp, var_197, var_198, var_199);
        var_201 = wp::address(var_temp, var_0, var_1, var_2);
        var_203 = wp::load(var_200);
        var_204 = wp::load(var_201);
        var_202 = wp::sub(var_203, var_204);
        var_205 = wp::add(var_166, var_202);
        // off = side * 2 - 1                                                                     <L 127>
        var_208 = wp::mul(var_206, var_207);
        var_210 = wp::sub(var_208, var_209);
        // ii = i                                                                                 <L 128>
        var_211 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_212 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_213 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_215 = (var_167 == var_214);
        if (var_215) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_216 = wp::add(var_0, var_210);
            var_219 = wp::sub(var_5, var_218);
            var_220 = wp::clamp(var_216, var_217, var_219);
        }
        if (!var_215) {
            // elif axis == 1:                                                                    <L 133>
            var_222 = (var_167 == var_221);
            if (var_222) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_223 = wp::add(var_1, var_210);
                var_226 = wp::sub(var_9, var_225);
                var_227 = wp::clamp(var_223, var_224, var_226);
            }
            if (!var_222) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_228 = wp::add(var_2, var_210);
                var_231 = wp::sub(var_13, var_230);
                var_232 = wp::clamp(var_228, var_229, var_231);
            }
            var_233 = wp::where(var_222, var_227, var_212);
            var_234 = wp::where(var_222, var_213, var_232);
        }
        var_235 = wp::where(var_215, var_220, var_211);
        var_236 = wp::where(var_215, var_212, var_233);
        var_237 = wp::where(var_215, var_213, var_234);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_238 = wp::address(var_temp, var_235, var_236, var_237);
        var_239 = wp::address(var_temp, var_0, var_1, var_2);
        var_241 = wp::load(var_238);
        var_242 = wp::load(var_239);
        var_240 = wp::sub(var_241, var_242);
        var_243 = wp::add(var_205, var_240);
        // for side in range(2):                                                                  <L 126>
        // off = side * 2 - 1                                                                     <L 127>
        var_247 = wp::mul(var_245, var_246);
        var_249 = wp::sub(var_247, var_248);
        // ii = i                                                                                 <L 128>
        var_250 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_251 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_252 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_254 = (var_244 == var_253);
        if (var_254) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_255 = wp::add(var_0, var_249);
            var_258 = wp::sub(var_5, var_257);
            var_259 = wp::clamp(var_255, var_256, var_258);
        }
        if (!var_254) {
            // elif axis == 1:                                                                    <L 133>
            var_261 = (var_244 == var_260);
            if (var_261) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_262 = wp::add(var_1, var_249);
                var_265 = wp::sub(var_9, var_264);
                var_266 = wp::clamp(var_262, var_263, var_265);
            }
            if (!var_261) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_267 = wp::add(var_2, var_249);
                var_270 = wp::sub(var_13, var_269);
                var_271 = wp::clamp(var_267, var_268, var_270);
            }
            var_272 = wp::where(var_261, var_266, var_251);
            var_273 = wp::where(var_261, var_252, var_271);
        }
        var_274 = wp::where(var_254, var_259, var_250);
        var_275 = wp::where(var_254, var_251, var_272);
        var_276 = wp::where(var_254, var_252, var_273);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_277 = wp::address(var_temp, var_274, var_275, var_276);
        var_278 = wp::address(var_temp, var_0, var_1, var_2);
        var_280 = wp::load(var_277);
        var_281 = wp::load(var_278);
        var_279 = wp::sub(var_280, var_281);
        var_282 = wp::add(var_243, var_279);
        // off = side * 2 - 1                                                                     <L 127>
        var_285 = wp::mul(var_283, var_284);
        var_287 = wp::sub(var_285, var_286);
        // ii = i                                                                                 <L 128>
        var_288 = wp::copy(var_0);
        // jj = j                                                                                 <L 129>
        var_289 = wp::copy(var_1);
        // kk = k                                                                                 <L 130>
        var_290 = wp::copy(var_2);
        // if axis == 0:                                                                          <L 131>
        var_292 = (var_244 == var_291);
        if (var_292) {
            // ii = wp.clamp(i + off, 0, nx - 1)                                                  <L 132>
            var_293 = wp::add(var_0, var_287);
            var_296 = wp::sub(var_5, var_295);
            var_297 = wp::clamp(var_293, var_294, var_296);
        }
        if (!var_292) {
            // elif axis == 1:                                                                    <L 133>
            var_299 = (var_244 == var_298);
            if (var_299) {
                // jj = wp.clamp(j + off, 0, ny - 1)                                              <L 134>
                var_300 = wp::add(var_1, var_287);
                var_303 = wp::sub(var_9, var_302);
                var_304 = wp::clamp(var_300, var_301, var_303);
            }
            if (!var_299) {
                // kk = wp.clamp(k + off, 0, nz - 1)                                              <L 136>
                var_305 = wp::add(var_2, var_287);
                var_308 = wp::sub(var_13, var_307);
                var_309 = wp::clamp(var_305, var_306, var_308);
            }
            var_310 = wp::where(var_299, var_304, var_289);
            var_311 = wp::where(var_299, var_290, var_309);
        }
        var_312 = wp::where(var_292, var_297, var_288);
        var_313 = wp::where(var_292, var_289, var_310);
        var_314 = wp::where(var_292, var_290, var_311);
        // lap += temp[ii, jj, kk] - temp[i, j, k]                                                <L 137>
        var_315 = wp::address(var_temp, var_312, var_313, var_314);
        var_316 = wp::address(var_temp, var_0, var_1, var_2);
        var_318 = wp::load(var_315);
        var_319 = wp::load(var_316);
        var_317 = wp::sub(var_318, var_319);
        var_320 = wp::add(var_282, var_317);
        // t += 0.05 * lap                                                                        <L 138>
        var_322 = wp::mul(var_321, var_320);
        var_323 = wp::add(var_85, var_322);
        // fuel_out[i, j, k] = f                                                                  <L 140>
        // wp::array_store(var_fuel_out, var_0, var_1, var_2, var_84);
        // temp_out[i, j, k] = t                                                                  <L 141>
        // wp::array_store(var_temp_out, var_0, var_1, var_2, var_323);
        // smoke_out[i, j, k] = wp.max(s, 0.0)                                                    <L 142>
        var_325 = wp::max(var_86, var_324);
        // wp::array_store(var_smoke_out, var_0, var_1, var_2, var_325);
        // up = beta * (t - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * s                              <L 144>
        var_326 = wp::sub(var_323, var_51);
        var_327 = wp::mul(var_beta, var_326);
        var_328 = wp::div(var_327, var_51);
        var_329 = wp::mul(var_alpha, var_86);
        var_330 = wp::sub(var_328, var_329);
        // vel[i, j, k] = u + wp.vec3(0.0, up * dt, 0.0)                                          <L 145>
        var_332 = wp::mul(var_330, var_dt);
        var_334 = wp::vec_t<3, wp::float32>(var_331, var_332, var_333);
        var_335 = wp::add(var_16, var_334);
        // wp::array_store(var_vel, var_0, var_1, var_2, var_335);
        // wp.atomic_add(stats, 0, burned)                                                        <L 146>
        // var_337 = wp::atomic_add(var_stats, var_336, var_87);
        // wp.atomic_max(stats, 1, t)                                                             <L 147>
        // var_339 = wp::atomic_max(var_stats, var_338, var_323);
        //---------
        // reverse
        wp::adj_atomic_max(var_stats, var_338, var_323, adj_stats, adj_338, adj_323, adj_339);
        // adj: wp.atomic_max(stats, 1, t)                                                        <L 147>
        wp::adj_atomic_add(var_stats, var_336, var_87, adj_stats, adj_336, adj_87, adj_337);
        // adj: wp.atomic_add(stats, 0, burned)                                                   <L 146>
        wp::adj_array_store(var_vel, var_0, var_1, var_2, var_335, adj_vel, adj_0, adj_1, adj_2, adj_335);
        wp::adj_add(var_16, var_334, adj_16, adj_334, adj_335);
        wp::adj_vec_t(var_331, var_332, var_333, adj_331, adj_332, adj_333, adj_334);
        wp::adj_mul(var_330, var_dt, adj_330, adj_dt, adj_332);
        // adj: vel[i, j, k] = u + wp.vec3(0.0, up * dt, 0.0)                                     <L 145>
        wp::adj_sub(var_328, var_329, adj_328, adj_329, adj_330);
        wp::adj_mul(var_alpha, var_86, adj_alpha, adj_86, adj_329);
        wp::adj_div(var_327, var_51, var_328, adj_327, adj_51, adj_328);
        wp::adj_mul(var_beta, var_326, adj_beta, adj_326, adj_327);
        wp::adj_sub(var_323, var_51, adj_323, adj_51, adj_326);
        // adj: up = beta * (t - AMBIENT_TEMP) / AMBIENT_TEMP - alpha * s                         <L 144>
        wp::adj_array_store(var_smoke_out, var_0, var_1, var_2, var_325, adj_smoke_out, adj_0, adj_1, adj_2, adj_325);
        wp::adj_max(var_86, var_324, adj_86, adj_324, adj_325);
        // adj: smoke_out[i, j, k] = wp.max(s, 0.0)                                               <L 142>
        wp::adj_array_store(var_temp_out, var_0, var_1, var_2, var_323, adj_temp_out, adj_0, adj_1, adj_2, adj_323);
        // adj: temp_out[i, j, k] = t                                                             <L 141>
        wp::adj_array_store(var_fuel_out, var_0, var_1, var_2, var_84, adj_fuel_out, adj_0, adj_1, adj_2, adj_84);
        // adj: fuel_out[i, j, k] = f                                                             <L 140>
        wp::adj_add(var_85, var_322, adj_85, adj_322, adj_323);
        wp::adj_mul(var_321, var_320, adj_321, adj_320, adj_322);
        // adj: t += 0.05 * lap                                                                   <L 138>
        wp::adj_add(var_282, var_317, adj_282, adj_317, adj_320);
        wp::adj_sub(var_318, var_319, adj_315, adj_316, adj_317);
        wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_316);
        wp::adj_address(var_temp, var_312, var_313, var_314, adj_temp, adj_312, adj_313, adj_314, adj_315);
        // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
        wp::adj_where(var_292, var_290, var_311, adj_292, adj_290, adj_311, adj_314);
        wp::adj_where(var_292, var_289, var_310, adj_292, adj_289, adj_310, adj_313);
        wp::adj_where(var_292, var_297, var_288, adj_292, adj_297, adj_288, adj_312);
        if (!var_292) {
            wp::adj_where(var_299, var_290, var_309, adj_299, adj_290, adj_309, adj_311);
            wp::adj_where(var_299, var_304, var_289, adj_299, adj_304, adj_289, adj_310);
            if (!var_299) {
                wp::adj_clamp(var_305, var_306, var_308, adj_305, adj_306, adj_308, adj_309);
                wp::adj_sub(var_13, var_307, adj_13, adj_307, adj_308);
                wp::adj_add(var_2, var_287, adj_2, adj_287, adj_305);
                // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
            }
            if (var_299) {
                wp::adj_clamp(var_300, var_301, var_303, adj_300, adj_301, adj_303, adj_304);
                wp::adj_sub(var_9, var_302, adj_9, adj_302, adj_303);
                wp::adj_add(var_1, var_287, adj_1, adj_287, adj_300);
                // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
            }
            // adj: elif axis == 1:                                                               <L 133>
        }
        if (var_292) {
            wp::adj_clamp(var_293, var_294, var_296, adj_293, adj_294, adj_296, adj_297);
            wp::adj_sub(var_5, var_295, adj_5, adj_295, adj_296);
            wp::adj_add(var_0, var_287, adj_0, adj_287, adj_293);
            // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
        }
        // adj: if axis == 0:                                                                     <L 131>
        wp::adj_copy(var_2, adj_2, adj_290);
        // adj: kk = k                                                                            <L 130>
        wp::adj_copy(var_1, adj_1, adj_289);
        // adj: jj = j                                                                            <L 129>
        wp::adj_copy(var_0, adj_0, adj_288);
        // adj: ii = i                                                                            <L 128>
        wp::adj_sub(var_285, var_286, adj_285, adj_286, adj_287);
        wp::adj_mul(var_283, var_284, adj_283, adj_284, adj_285);
        // adj: off = side * 2 - 1                                                                <L 127>
        wp::adj_add(var_243, var_279, adj_243, adj_279, adj_282);
        wp::adj_sub(var_280, var_281, adj_277, adj_278, adj_279);
        wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_278);
        wp::adj_address(var_temp, var_274, var_275, var_276, adj_temp, adj_274, adj_275, adj_276, adj_277);
        // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
        wp::adj_where(var_254, var_252, var_273, adj_254, adj_252, adj_273, adj_276);
        wp::adj_where(var_254, var_251, var_272, adj_254, adj_251, adj_272, adj_275);
        wp::adj_where(var_254, var_259, var_250, adj_254, adj_259, adj_250, adj_274);
        if (!var_254) {
            wp::adj_where(var_261, var_252, var_271, adj_261, adj_252, adj_271, adj_273);
            wp::adj_where(var_261, var_266, var_251, adj_261, adj_266, adj_251, adj_272);
            if (!var_261) {
                wp::adj_clamp(var_267, var_268, var_270, adj_267, adj_268, adj_270, adj_271);
                wp::adj_sub(var_13, var_269, adj_13, adj_269, adj_270);
                wp::adj_add(var_2, var_249, adj_2, adj_249, adj_267);
                // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
            }
            if (var_261) {
                wp::adj_clamp(var_262, var_263, var_265, adj_262, adj_263, adj_265, adj_266);
                wp::adj_sub(var_9, var_264, adj_9, adj_264, adj_265);
                wp::adj_add(var_1, var_249, adj_1, adj_249, adj_262);
                // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
            }
            // adj: elif axis == 1:                                                               <L 133>
        }
        if (var_254) {
            wp::adj_clamp(var_255, var_256, var_258, adj_255, adj_256, adj_258, adj_259);
            wp::adj_sub(var_5, var_257, adj_5, adj_257, adj_258);
            wp::adj_add(var_0, var_249, adj_0, adj_249, adj_255);
            // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
        }
        // adj: if axis == 0:                                                                     <L 131>
        wp::adj_copy(var_2, adj_2, adj_252);
        // adj: kk = k                                                                            <L 130>
        wp::adj_copy(var_1, adj_1, adj_251);
        // adj: jj = j                                                                            <L 129>
        wp::adj_copy(var_0, adj_0, adj_250);
        // adj: ii = i                                                                            <L 128>
        wp::adj_sub(var_247, var_248, adj_247, adj_248, adj_249);
        wp::adj_mul(var_245, var_246, adj_245, adj_246, adj_247);
        // adj: off = side * 2 - 1                                                                <L 127>
        // adj: for side in range(2):                                                             <L 126>
        wp::adj_add(var_205, var_240, adj_205, adj_240, adj_243);
        wp::adj_sub(var_241, var_242, adj_238, adj_239, adj_240);
        wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_239);
        wp::adj_address(var_temp, var_235, var_236, var_237, adj_temp, adj_235, adj_236, adj_237, adj_238);
        // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
        wp::adj_where(var_215, var_213, var_234, adj_215, adj_213, adj_234, adj_237);
        wp::adj_where(var_215, var_212, var_233, adj_215, adj_212, adj_233, adj_236);
        wp::adj_where(var_215, var_220, var_211, adj_215, adj_220, adj_211, adj_235);
        if (!var_215) {
            wp::adj_where(var_222, var_213, var_232, adj_222, adj_213, adj_232, adj_234);
            wp::adj_where(var_222, var_227, var_212, adj_222, adj_227, adj_212, adj_233);
            if (!var_222) {
                wp::adj_clamp(var_228, var_229, var_231, adj_228, adj_229, adj_231, adj_232);
                wp::adj_sub(var_13, var_230, adj_13, adj_230, adj_231);
                wp::adj_add(var_2, var_210, adj_2, adj_210, adj_228);
                // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
            }
            if (var_222) {
                wp::adj_clamp(var_223, var_224, var_226, adj_223, adj_224, adj_226, adj_227);
                wp::adj_sub(var_9, var_225, adj_9, adj_225, adj_226);
                wp::adj_add(var_1, var_210, adj_1, adj_210, adj_223);
                // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
            }
            // adj: elif axis == 1:                                                               <L 133>
        }
        if (var_215) {
            wp::adj_clamp(var_216, var_217, var_219, adj_216, adj_217, adj_219, adj_220);
            wp::adj_sub(var_5, var_218, adj_5, adj_218, adj_219);
            wp::adj_add(var_0, var_210, adj_0, adj_210, adj_216);
            // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
        }
        // adj: if axis == 0:                                                                     <L 131>
        wp::adj_copy(var_2, adj_2, adj_213);
        // adj: kk = k                                                                            <L 130>
        wp::adj_copy(var_1, adj_1, adj_212);
        // adj: jj = j                                                                            <L 129>
        wp::adj_copy(var_0, adj_0, adj_211);
        // adj: ii = i                                                                            <L 128>
        wp::adj_sub(var_208, var_209, adj_208, adj_209, adj_210);
        wp::adj_mul(var_206, var_207, adj_206, adj_207, adj_208);
        // adj: off = side * 2 - 1                                                                <L 127>
        wp::adj_add(var_166, var_202, adj_166, adj_202, adj_205);
        wp::adj_sub(var_203, var_204, adj_200, adj_201, adj_202);
        wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_201);
        wp::adj_address(var_temp, var_197, var_198, var_199, adj_temp, adj_197, adj_198, adj_199, adj_200);
        // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
        wp::adj_where(var_177, var_175, var_196, adj_177, adj_175, adj_196, adj_199);
        wp::adj_where(var_177, var_174, var_195, adj_177, adj_174, adj_195, adj_198);
        wp::adj_where(var_177, var_182, var_173, adj_177, adj_182, adj_173, adj_197);
        if (!var_177) {
            wp::adj_where(var_184, var_175, var_194, adj_184, adj_175, adj_194, adj_196);
            wp::adj_where(var_184, var_189, var_174, adj_184, adj_189, adj_174, adj_195);
            if (!var_184) {
                wp::adj_clamp(var_190, var_191, var_193, adj_190, adj_191, adj_193, adj_194);
                wp::adj_sub(var_13, var_192, adj_13, adj_192, adj_193);
                wp::adj_add(var_2, var_172, adj_2, adj_172, adj_190);
                // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
            }
            if (var_184) {
                wp::adj_clamp(var_185, var_186, var_188, adj_185, adj_186, adj_188, adj_189);
                wp::adj_sub(var_9, var_187, adj_9, adj_187, adj_188);
                wp::adj_add(var_1, var_172, adj_1, adj_172, adj_185);
                // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
            }
            // adj: elif axis == 1:                                                               <L 133>
        }
        if (var_177) {
            wp::adj_clamp(var_178, var_179, var_181, adj_178, adj_179, adj_181, adj_182);
            wp::adj_sub(var_5, var_180, adj_5, adj_180, adj_181);
            wp::adj_add(var_0, var_172, adj_0, adj_172, adj_178);
            // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
        }
        // adj: if axis == 0:                                                                     <L 131>
        wp::adj_copy(var_2, adj_2, adj_175);
        // adj: kk = k                                                                            <L 130>
        wp::adj_copy(var_1, adj_1, adj_174);
        // adj: jj = j                                                                            <L 129>
        wp::adj_copy(var_0, adj_0, adj_173);
        // adj: ii = i                                                                            <L 128>
        wp::adj_sub(var_170, var_171, adj_170, adj_171, adj_172);
        wp::adj_mul(var_168, var_169, adj_168, adj_169, adj_170);
        // adj: off = side * 2 - 1                                                                <L 127>
        // adj: for side in range(2):                                                             <L 126>
        wp::adj_add(var_128, var_163, adj_128, adj_163, adj_166);
        wp::adj_sub(var_164, var_165, adj_161, adj_162, adj_163);
        wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_162);
        wp::adj_address(var_temp, var_158, var_159, var_160, adj_temp, adj_158, adj_159, adj_160, adj_161);
        // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
        wp::adj_where(var_138, var_136, var_157, adj_138, adj_136, adj_157, adj_160);
        wp::adj_where(var_138, var_135, var_156, adj_138, adj_135, adj_156, adj_159);
        wp::adj_where(var_138, var_143, var_134, adj_138, adj_143, adj_134, adj_158);
        if (!var_138) {
            wp::adj_where(var_145, var_136, var_155, adj_145, adj_136, adj_155, adj_157);
            wp::adj_where(var_145, var_150, var_135, adj_145, adj_150, adj_135, adj_156);
            if (!var_145) {
                wp::adj_clamp(var_151, var_152, var_154, adj_151, adj_152, adj_154, adj_155);
                wp::adj_sub(var_13, var_153, adj_13, adj_153, adj_154);
                wp::adj_add(var_2, var_133, adj_2, adj_133, adj_151);
                // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
            }
            if (var_145) {
                wp::adj_clamp(var_146, var_147, var_149, adj_146, adj_147, adj_149, adj_150);
                wp::adj_sub(var_9, var_148, adj_9, adj_148, adj_149);
                wp::adj_add(var_1, var_133, adj_1, adj_133, adj_146);
                // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
            }
            // adj: elif axis == 1:                                                               <L 133>
        }
        if (var_138) {
            wp::adj_clamp(var_139, var_140, var_142, adj_139, adj_140, adj_142, adj_143);
            wp::adj_sub(var_5, var_141, adj_5, adj_141, adj_142);
            wp::adj_add(var_0, var_133, adj_0, adj_133, adj_139);
            // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
        }
        // adj: if axis == 0:                                                                     <L 131>
        wp::adj_copy(var_2, adj_2, adj_136);
        // adj: kk = k                                                                            <L 130>
        wp::adj_copy(var_1, adj_1, adj_135);
        // adj: jj = j                                                                            <L 129>
        wp::adj_copy(var_0, adj_0, adj_134);
        // adj: ii = i                                                                            <L 128>
        wp::adj_sub(var_131, var_132, adj_131, adj_132, adj_133);
        wp::adj_mul(var_129, var_130, adj_129, adj_130, adj_131);
        // adj: off = side * 2 - 1                                                                <L 127>
        wp::adj_add(var_89, var_125, adj_89, adj_125, adj_128);
        wp::adj_sub(var_126, var_127, adj_123, adj_124, adj_125);
        wp::adj_address(var_temp, var_0, var_1, var_2, adj_temp, adj_0, adj_1, adj_2, adj_124);
        wp::adj_address(var_temp, var_120, var_121, var_122, adj_temp, adj_120, adj_121, adj_122, adj_123);
        // adj: lap += temp[ii, jj, kk] - temp[i, j, k]                                           <L 137>
        wp::adj_where(var_100, var_98, var_119, adj_100, adj_98, adj_119, adj_122);
        wp::adj_where(var_100, var_97, var_118, adj_100, adj_97, adj_118, adj_121);
        wp::adj_where(var_100, var_105, var_96, adj_100, adj_105, adj_96, adj_120);
        if (!var_100) {
            wp::adj_where(var_107, var_98, var_117, adj_107, adj_98, adj_117, adj_119);
            wp::adj_where(var_107, var_112, var_97, adj_107, adj_112, adj_97, adj_118);
            if (!var_107) {
                wp::adj_clamp(var_113, var_114, var_116, adj_113, adj_114, adj_116, adj_117);
                wp::adj_sub(var_13, var_115, adj_13, adj_115, adj_116);
                wp::adj_add(var_2, var_95, adj_2, adj_95, adj_113);
                // adj: kk = wp.clamp(k + off, 0, nz - 1)                                         <L 136>
            }
            if (var_107) {
                wp::adj_clamp(var_108, var_109, var_111, adj_108, adj_109, adj_111, adj_112);
                wp::adj_sub(var_9, var_110, adj_9, adj_110, adj_111);
                wp::adj_add(var_1, var_95, adj_1, adj_95, adj_108);
                // adj: jj = wp.clamp(j + off, 0, ny - 1)                                         <L 134>
            }
            // adj: elif axis == 1:                                                               <L 133>
        }
        if (var_100) {
            wp::adj_clamp(var_101, var_102, var_104, adj_101, adj_102, adj_104, adj_105);
            wp::adj_sub(var_5, var_103, adj_5, adj_103, adj_104);
            wp::adj_add(var_0, var_95, adj_0, adj_95, adj_101);
            // adj: ii = wp.clamp(i + off, 0, nx - 1)                                             <L 132>
        }
        // adj: if axis == 0:                                                                     <L 131>
        wp::adj_copy(var_2, adj_2, adj_98);
        // adj: kk = k                                                                            <L 130>
        wp::adj_copy(var_1, adj_1, adj_97);
        // adj: jj = j                                                                            <L 129>
        wp::adj_copy(var_0, adj_0, adj_96);
        // adj: ii = i                                                                            <L 128>
        wp::adj_sub(var_93, var_94, adj_93, adj_94, adj_95);
        wp::adj_mul(var_91, var_92, adj_91, adj_92, adj_93);
        // adj: off = side * 2 - 1                                                                <L 127>
        // adj: for side in range(2):                                                             <L 126>
        // adj: for axis in range(3):                                                             <L 125>
        wp::adj_float(var_88, adj_88, adj_89);
        // adj: lap = float(0.0)                                                                  <L 124>
        wp::adj_where(var_54, var_62, var_53, adj_54, adj_62, adj_53, adj_87);
        wp::adj_where(var_54, var_71, var_83, adj_54, adj_71, adj_83, adj_86);
        wp::adj_where(var_54, var_67, var_77, adj_54, adj_67, adj_77, adj_85);
        wp::adj_where(var_54, var_63, var_25, adj_54, adj_63, adj_25, adj_84);
        if (!var_54) {
            wp::adj_mul(var_50, var_82, adj_50, adj_82, adj_83);
            wp::adj_sub(var_78, var_80, adj_78, adj_80, adj_82);
            wp::adj_mul(var_81, var_dt, adj_79, adj_dt, adj_80);
            adj_params.dissipation += adj_79;
            // adj: s = s * (1.0 - params.dissipation * dt)                                       <L 121>
            wp::adj_sub(var_49, var_76, adj_49, adj_76, adj_77);
            wp::adj_mul(var_74, var_dt, adj_74, adj_dt, adj_76);
            wp::adj_mul(var_75, var_73, adj_72, adj_73, adj_74);
            wp::adj_sub(var_49, var_51, adj_49, adj_51, adj_73);
            adj_params.cooling += adj_72;
            // adj: t = t - params.cooling * (t - AMBIENT_TEMP) * dt                              <L 120>
        }
        if (var_54) {
            wp::adj_add(var_50, var_69, adj_50, adj_69, adj_71);
            wp::adj_mul(var_62, var_70, adj_62, adj_68, adj_69);
            adj_params.smoke_yield += adj_68;
            // adj: s += burned * params.smoke_yield                                              <L 118>
            wp::adj_add(var_49, var_65, adj_49, adj_65, adj_67);
            wp::adj_mul(var_62, var_66, adj_62, adj_64, adj_65);
            adj_params.heat_release += adj_64;
            // adj: t += burned * params.heat_release                                             <L 117>
            wp::adj_sub(var_25, var_62, adj_25, adj_62, adj_63);
            // adj: f -= burned                                                                   <L 116>
            wp::adj_min(var_25, var_60, adj_25, adj_60, adj_62);
            wp::adj_mul(var_61, var_dt, adj_59, adj_dt, adj_60);
            adj_params.burn_rate += adj_59;
            // adj: burned = wp.min(f, params.burn_rate * dt)                                     <L 115>
        }
        if (var_54) {
        }
        // adj: if f > 0.0 and t >= IGNITION_TEMP:                                                <L 114>
        wp::adj_float(var_52, adj_52, adj_53);
        // adj: burned = float(0.0)                                                               <L 113>
        wp::adj_where(var_30, var_32, var_45, adj_30, adj_32, adj_45, adj_51);
        wp::adj_where(var_30, var_31, var_27, adj_30, adj_31, adj_27, adj_50);
        wp::adj_where(var_30, var_33, var_48, adj_30, adj_33, adj_48, adj_49);
        if (!var_30) {
            wp::adj_where(var_34, var_47, var_26, adj_34, adj_47, adj_26, adj_48);
            if (var_34) {
                wp::adj_lerp(var_26, var_45, var_46, adj_26, adj_45, adj_46, adj_47);
                // adj: t = wp.lerp(t, AMBIENT_TEMP, 0.5)                                         <L 110>
            }
            if (!var_34) {
                wp::adj_sub(var_13, var_42, adj_13, adj_42, adj_43);
            }
            if (!var_34) {
                wp::adj_sub(var_5, var_39, adj_5, adj_39, adj_40);
            }
            if (!var_34) {
            }
            // adj: elif i == 0 or k == 0 or i == nx - 1 or k == nz - 1:                          <L 109>
        }
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
        adj_fuel.shape = adj_11;
        // adj: nz = fuel.shape[2]                                                                <L 97>
        adj_fuel.shape = adj_7;
        // adj: ny = fuel.shape[1]                                                                <L 96>
        adj_fuel.shape = adj_3;
        // adj: nx = fuel.shape[0]                                                                <L 95>
        // adj: i, j, k = wp.tid()                                                                <L 94>
        // adj: def fused_fire_step(                                                              <L 79>
        continue;
    }
}

