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


struct MPMParticles_80c99de8
{
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> C;
    wp::array_t<wp::float32> Jp;
    wp::float32 mass;
    wp::float32 volume;


    MPMParticles_80c99de8() = default;
    CUDA_CALLABLE MPMParticles_80c99de8(wp::array_t<wp::vec_t<3, wp::float32>> const& x,
    wp::array_t<wp::vec_t<3, wp::float32>> const& v = {},
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const& F = {},
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const& C = {},
    wp::array_t<wp::float32> const& Jp = {},
    wp::float32 const& mass = {},
    wp::float32 const& volume = {})
        : x{x}
        , v{v}
        , F{F}
        , C{C}
        , Jp{Jp}
        , mass{mass}
        , volume{volume}

    {
    }

    CUDA_CALLABLE MPMParticles_80c99de8& operator += (const MPMParticles_80c99de8& rhs)
    {    mass += rhs.mass;
    volume += rhs.volume;

        return *this;}

};

static CUDA_CALLABLE void adj_MPMParticles_80c99de8(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const&,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const&,
    wp::array_t<wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> & adj_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> & adj_C,
    wp::array_t<wp::float32> & adj_Jp,
    wp::float32 & adj_mass,
    wp::float32 & adj_volume,
    MPMParticles_80c99de8 & adj_ret)
{
    adj_x = adj_ret.x;
    adj_v = adj_ret.v;
    adj_F = adj_ret.F;
    adj_C = adj_ret.C;
    adj_Jp = adj_ret.Jp;
    adj_mass += adj_ret.mass;
    adj_volume += adj_ret.volume;
}

// Required when compiling adjoints.
CUDA_CALLABLE MPMParticles_80c99de8 add(const MPMParticles_80c99de8& a, const MPMParticles_80c99de8& b)
{
    return MPMParticles_80c99de8();
}

CUDA_CALLABLE void adj_atomic_add(MPMParticles_80c99de8* p, MPMParticles_80c99de8 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->F, t.F);
    wp::adj_atomic_add(&p->C, t.C);
    wp::adj_atomic_add(&p->Jp, t.Jp);
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->volume, t.volume);
}




// corpus/103_mpm_particle_to_grid.py:33
static wp::mat_t<3, 3, wp::float32> snow_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_Jp,
    wp::float32 var_mu0,
    wp::float32 var_lam0,
    wp::float32 var_hardening)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    wp::mat_t<3, 3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    const wp::float32 var_18 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    const wp::float32 var_24 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_25;
    const wp::int32 var_26 = 3;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    const wp::float32 var_30 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    const wp::float32 var_35 = 2.0;
    wp::float32 var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    const wp::int32 var_38 = 3;
    wp::mat_t<3, 3, wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32> var_45;
    //---------
    // forward
    // def snow_stress(F: wp.mat33, Jp: float, mu0: float, lam0: float, hardening: float) -> wp.mat33:       <L 34>
    // h = wp.exp(hardening * (1.0 - Jp))                                                     <L 35>
    var_1 = wp::sub(var_0, var_Jp);
    var_2 = wp::mul(var_hardening, var_1);
    var_3 = wp::exp(var_2);
    // mu = mu0 * h                                                                           <L 36>
    var_4 = wp::mul(var_mu0, var_3);
    // lam = lam0 * h                                                                         <L 37>
    var_5 = wp::mul(var_lam0, var_3);
    // J = wp.determinant(F)                                                                  <L 38>
    var_6 = wp::determinant(var_F);
    // R = F                                                                                  <L 40>
    var_7 = wp::copy(var_F);
    // for it in range(4):                                                                    <L 41>
    // R = (R + wp.transpose(wp.inverse(R))) * 0.5                                            <L 42>
    var_9 = wp::inverse(var_7);
    var_10 = wp::transpose(var_9);
    var_11 = wp::add(var_7, var_10);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::inverse(var_13);
    var_16 = wp::transpose(var_15);
    var_17 = wp::add(var_13, var_16);
    var_19 = wp::mul(var_17, var_18);
    var_21 = wp::inverse(var_19);
    var_22 = wp::transpose(var_21);
    var_23 = wp::add(var_19, var_22);
    var_25 = wp::mul(var_23, var_24);
    var_27 = wp::inverse(var_25);
    var_28 = wp::transpose(var_27);
    var_29 = wp::add(var_25, var_28);
    var_31 = wp::mul(var_29, var_30);
    // return (F - R) * wp.transpose(F) * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * J * (J - 1.0))       <L 43>
    var_32 = wp::sub(var_F, var_31);
    var_33 = wp::transpose(var_F);
    var_34 = wp::mul(var_32, var_33);
    var_36 = wp::mul(var_35, var_4);
    var_37 = wp::mul(var_34, var_36);
    var_39 = wp::identity<3, wp::float32>();
    var_40 = wp::mul(var_5, var_6);
    var_42 = wp::sub(var_6, var_41);
    var_43 = wp::mul(var_40, var_42);
    var_44 = wp::mul(var_39, var_43);
    var_45 = wp::add(var_37, var_44);
    return var_45;
}


// corpus/103_mpm_particle_to_grid.py:15
static void quadratic_weights_0(
    wp::float32 var_fx,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.5;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.5;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.75;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // forward
    // def quadratic_weights(fx: float):                                                      <L 16>
    // w0 = 0.5 * (1.5 - fx) * (1.5 - fx)                                                     <L 17>
    var_2 = wp::sub(var_1, var_fx);
    var_3 = wp::mul(var_0, var_2);
    var_5 = wp::sub(var_4, var_fx);
    var_6 = wp::mul(var_3, var_5);
    // w1 = 0.75 - (fx - 1.0) * (fx - 1.0)                                                    <L 18>
    var_9 = wp::sub(var_fx, var_8);
    var_11 = wp::sub(var_fx, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::sub(var_7, var_12);
    // w2 = 0.5 * (fx - 0.5) * (fx - 0.5)                                                     <L 19>
    var_16 = wp::sub(var_fx, var_15);
    var_17 = wp::mul(var_14, var_16);
    var_19 = wp::sub(var_fx, var_18);
    var_20 = wp::mul(var_17, var_19);
    // return w0, w1, w2                                                                      <L 20>
    ret_0 = var_6;
    ret_1 = var_13;
    ret_2 = var_20;
    return;
}


// corpus/103_mpm_particle_to_grid.py:23
static wp::float32 weight_component_0(
    wp::float32 var_fx,
    wp::int32 var_k)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    //---------
    // forward
    // def weight_component(fx: float, k: int) -> float:                                      <L 24>
    // w0, w1, w2 = quadratic_weights(fx)                                                     <L 25>
    quadratic_weights_0(var_fx, var_0, var_1, var_2);
    // if k == 0:                                                                             <L 26>
    var_4 = (var_k == var_3);
    if (var_4) {
        // return w0                                                                          <L 27>
        return var_0;
    }
    if (!var_4) {
        // elif k == 1:                                                                       <L 28>
        var_6 = (var_k == var_5);
        if (var_6) {
            // return w1                                                                      <L 29>
            return var_1;
        }
    }
    // return w2                                                                              <L 30>
    return var_2;
}


// corpus/103_mpm_particle_to_grid.py:33
static void adj_snow_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_Jp,
    wp::float32 var_mu0,
    wp::float32 var_lam0,
    wp::float32 var_hardening,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_Jp,
    wp::float32 & adj_mu0,
    wp::float32 & adj_lam0,
    wp::float32 & adj_hardening,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    wp::mat_t<3, 3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    const wp::float32 var_18 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    const wp::float32 var_24 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_25;
    const wp::int32 var_26 = 3;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    const wp::float32 var_30 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    const wp::float32 var_35 = 2.0;
    wp::float32 var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    const wp::int32 var_38 = 3;
    wp::mat_t<3, 3, wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32> var_45;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::mat_t<3, 3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    wp::mat_t<3, 3, wp::float32> adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::mat_t<3, 3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::mat_t<3, 3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    wp::mat_t<3, 3, wp::float32> adj_32 = {};
    wp::mat_t<3, 3, wp::float32> adj_33 = {};
    wp::mat_t<3, 3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::mat_t<3, 3, wp::float32> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::mat_t<3, 3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::mat_t<3, 3, wp::float32> adj_44 = {};
    wp::mat_t<3, 3, wp::float32> adj_45 = {};
    //---------
    // forward
    // def snow_stress(F: wp.mat33, Jp: float, mu0: float, lam0: float, hardening: float) -> wp.mat33:       <L 34>
    // h = wp.exp(hardening * (1.0 - Jp))                                                     <L 35>
    var_1 = wp::sub(var_0, var_Jp);
    var_2 = wp::mul(var_hardening, var_1);
    var_3 = wp::exp(var_2);
    // mu = mu0 * h                                                                           <L 36>
    var_4 = wp::mul(var_mu0, var_3);
    // lam = lam0 * h                                                                         <L 37>
    var_5 = wp::mul(var_lam0, var_3);
    // J = wp.determinant(F)                                                                  <L 38>
    var_6 = wp::determinant(var_F);
    // R = F                                                                                  <L 40>
    var_7 = wp::copy(var_F);
    // for it in range(4):                                                                    <L 41>
    // R = (R + wp.transpose(wp.inverse(R))) * 0.5                                            <L 42>
    var_9 = wp::inverse(var_7);
    var_10 = wp::transpose(var_9);
    var_11 = wp::add(var_7, var_10);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::inverse(var_13);
    var_16 = wp::transpose(var_15);
    var_17 = wp::add(var_13, var_16);
    var_19 = wp::mul(var_17, var_18);
    var_21 = wp::inverse(var_19);
    var_22 = wp::transpose(var_21);
    var_23 = wp::add(var_19, var_22);
    var_25 = wp::mul(var_23, var_24);
    var_27 = wp::inverse(var_25);
    var_28 = wp::transpose(var_27);
    var_29 = wp::add(var_25, var_28);
    var_31 = wp::mul(var_29, var_30);
    // return (F - R) * wp.transpose(F) * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * J * (J - 1.0))       <L 43>
    var_32 = wp::sub(var_F, var_31);
    var_33 = wp::transpose(var_F);
    var_34 = wp::mul(var_32, var_33);
    var_36 = wp::mul(var_35, var_4);
    var_37 = wp::mul(var_34, var_36);
    var_39 = wp::identity<3, wp::float32>();
    var_40 = wp::mul(var_5, var_6);
    var_42 = wp::sub(var_6, var_41);
    var_43 = wp::mul(var_40, var_42);
    var_44 = wp::mul(var_39, var_43);
    var_45 = wp::add(var_37, var_44);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_45 += adj_ret;
    wp::adj_add(var_37, var_44, adj_37, adj_44, adj_45);
    wp::adj_mul(var_39, var_43, adj_39, adj_43, adj_44);
    wp::adj_mul(var_40, var_42, adj_40, adj_42, adj_43);
    wp::adj_sub(var_6, var_41, adj_6, adj_41, adj_42);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_40);
    wp::adj_mul(var_34, var_36, adj_34, adj_36, adj_37);
    wp::adj_mul(var_35, var_4, adj_35, adj_4, adj_36);
    wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
    wp::adj_transpose(var_F, adj_F, adj_33);
    wp::adj_sub(var_F, var_31, adj_F, adj_31, adj_32);
    // adj: return (F - R) * wp.transpose(F) * (2.0 * mu) + wp.identity(n=3, dtype=float) * (lam * J * (J - 1.0))  <L 43>
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_add(var_25, var_28, adj_25, adj_28, adj_29);
    wp::adj_transpose(var_27, adj_27, adj_28);
    wp::adj_inverse(var_25, var_27, adj_25, adj_27);
    wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_add(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_transpose(var_21, adj_21, adj_22);
    wp::adj_inverse(var_19, var_21, adj_19, adj_21);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_add(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_transpose(var_15, adj_15, adj_16);
    wp::adj_inverse(var_13, var_15, adj_13, adj_15);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_add(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_transpose(var_9, adj_9, adj_10);
    wp::adj_inverse(var_7, var_9, adj_7, adj_9);
    // adj: R = (R + wp.transpose(wp.inverse(R))) * 0.5                                       <L 42>
    // adj: for it in range(4):                                                               <L 41>
    wp::adj_copy(var_F, adj_F, adj_7);
    // adj: R = F                                                                             <L 40>
    wp::adj_determinant(var_F, adj_F, adj_6);
    // adj: J = wp.determinant(F)                                                             <L 38>
    wp::adj_mul(var_lam0, var_3, adj_lam0, adj_3, adj_5);
    // adj: lam = lam0 * h                                                                    <L 37>
    wp::adj_mul(var_mu0, var_3, adj_mu0, adj_3, adj_4);
    // adj: mu = mu0 * h                                                                      <L 36>
    wp::adj_exp(var_2, var_3, adj_2, adj_3);
    wp::adj_mul(var_hardening, var_1, adj_hardening, adj_1, adj_2);
    wp::adj_sub(var_0, var_Jp, adj_0, adj_Jp, adj_1);
    // adj: h = wp.exp(hardening * (1.0 - Jp))                                                <L 35>
    // adj: def snow_stress(F: wp.mat33, Jp: float, mu0: float, lam0: float, hardening: float) -> wp.mat33:  <L 34>
    return;
}


// corpus/103_mpm_particle_to_grid.py:15
static void adj_quadratic_weights_0(
    wp::float32 var_fx,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    wp::float32 & adj_fx,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.5;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.5;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.75;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::float32 var_20;
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
    //---------
    // forward
    // def quadratic_weights(fx: float):                                                      <L 16>
    // w0 = 0.5 * (1.5 - fx) * (1.5 - fx)                                                     <L 17>
    var_2 = wp::sub(var_1, var_fx);
    var_3 = wp::mul(var_0, var_2);
    var_5 = wp::sub(var_4, var_fx);
    var_6 = wp::mul(var_3, var_5);
    // w1 = 0.75 - (fx - 1.0) * (fx - 1.0)                                                    <L 18>
    var_9 = wp::sub(var_fx, var_8);
    var_11 = wp::sub(var_fx, var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::sub(var_7, var_12);
    // w2 = 0.5 * (fx - 0.5) * (fx - 0.5)                                                     <L 19>
    var_16 = wp::sub(var_fx, var_15);
    var_17 = wp::mul(var_14, var_16);
    var_19 = wp::sub(var_fx, var_18);
    var_20 = wp::mul(var_17, var_19);
    // return w0, w1, w2                                                                      <L 20>
    ret_0 = var_6;
    ret_1 = var_13;
    ret_2 = var_20;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_20 += adj_ret_2;
    adj_13 += adj_ret_1;
    adj_6 += adj_ret_0;
    // adj: return w0, w1, w2                                                                 <L 20>
    wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_sub(var_fx, var_18, adj_fx, adj_18, adj_19);
    wp::adj_mul(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_sub(var_fx, var_15, adj_fx, adj_15, adj_16);
    // adj: w2 = 0.5 * (fx - 0.5) * (fx - 0.5)                                                <L 19>
    wp::adj_sub(var_7, var_12, adj_7, adj_12, adj_13);
    wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_sub(var_fx, var_10, adj_fx, adj_10, adj_11);
    wp::adj_sub(var_fx, var_8, adj_fx, adj_8, adj_9);
    // adj: w1 = 0.75 - (fx - 1.0) * (fx - 1.0)                                               <L 18>
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_sub(var_4, var_fx, adj_4, adj_fx, adj_5);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_sub(var_1, var_fx, adj_1, adj_fx, adj_2);
    // adj: w0 = 0.5 * (1.5 - fx) * (1.5 - fx)                                                <L 17>
    // adj: def quadratic_weights(fx: float):                                                 <L 16>
    return;
}


// corpus/103_mpm_particle_to_grid.py:23
static void adj_weight_component_0(
    wp::float32 var_fx,
    wp::int32 var_k,
    wp::float32 & adj_fx,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    //---------
    // forward
    // def weight_component(fx: float, k: int) -> float:                                      <L 24>
    // w0, w1, w2 = quadratic_weights(fx)                                                     <L 25>
    quadratic_weights_0(var_fx, var_0, var_1, var_2);
    // if k == 0:                                                                             <L 26>
    var_4 = (var_k == var_3);
    if (var_4) {
        // return w0                                                                          <L 27>
        goto label0;
    }
    if (!var_4) {
        // elif k == 1:                                                                       <L 28>
        var_6 = (var_k == var_5);
        if (var_6) {
            // return w1                                                                      <L 29>
            goto label1;
        }
    }
    // return w2                                                                              <L 30>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_2 += adj_ret;
    // adj: return w2                                                                         <L 30>
    if (!var_4) {
        if (var_6) {
            label1:;
            adj_1 += adj_ret;
            // adj: return w1                                                                 <L 29>
        }
        // adj: elif k == 1:                                                                  <L 28>
    }
    if (var_4) {
        label0:;
        adj_0 += adj_ret;
        // adj: return w0                                                                     <L 27>
    }
    // adj: if k == 0:                                                                        <L 26>
    adj_quadratic_weights_0(var_fx, var_0, var_1, var_2, adj_fx, adj_0, adj_1, adj_2);
    // adj: w0, w1, w2 = quadratic_weights(fx)                                                <L 25>
    // adj: def weight_component(fx: float, k: int) -> float:                                 <L 24>
    return;
}

struct wp_args_p2g_d595cf71 {
    MPMParticles_80c99de8 ps;
    wp::float32 inv_dx;
    wp::float32 dt;
    wp::float32 mu0;
    wp::float32 lam0;
    wp::float32 hardening;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v;
    wp::array_t<wp::float32> grid_m;
};


void p2g_d595cf71_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_p2g_d595cf71 *_wp_args)
{
    //---------
    // argument vars
    MPMParticles_80c99de8 var_ps = _wp_args->ps;
    wp::float32 var_inv_dx = _wp_args->inv_dx;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_mu0 = _wp_args->mu0;
    wp::float32 var_lam0 = _wp_args->lam0;
    wp::float32 var_hardening = _wp_args->hardening;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::array_t<wp::float32> var_grid_m = _wp_args->grid_m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_26;
    wp::mat_t<3, 3, wp::float32>* var_27;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_28;
    wp::array_t<wp::float32>* var_29;
    wp::float32* var_30;
    wp::array_t<wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 4.0;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_44;
    wp::mat_t<3, 3, wp::float32>* var_45;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_46;
    wp::float32* var_47;
    wp::mat_t<3, 3, wp::float32> var_48;
    wp::mat_t<3, 3, wp::float32> var_49;
    wp::float32 var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::array_t<wp::vec_t<3, wp::float32>> var_54;
    wp::float32* var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 0;
    const wp::int32 var_60 = 0;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 0;
    const wp::int32 var_64 = 1;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 3;
    wp::range_t var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    bool var_84;
    const wp::int32 var_85 = 0;
    bool var_86;
    const wp::int32 var_87 = 0;
    bool var_88;
    const wp::int32 var_89 = 0;
    bool var_90;
    bool var_91;
    wp::shape_t* var_92;
    const wp::int32 var_93 = 0;
    wp::int32 var_94;
    wp::shape_t var_95;
    bool var_96;
    wp::shape_t* var_97;
    const wp::int32 var_98 = 1;
    wp::int32 var_99;
    wp::shape_t var_100;
    bool var_101;
    wp::shape_t* var_102;
    const wp::int32 var_103 = 2;
    wp::int32 var_104;
    wp::shape_t var_105;
    bool var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    wp::float32* var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 1;
    const wp::int32 var_116 = 1;
    wp::float32 var_117;
    wp::float32 var_118;
    const wp::int32 var_119 = 3;
    wp::range_t var_120;
    wp::int32 var_121;
    const wp::int32 var_122 = 2;
    wp::float32 var_123;
    wp::float32 var_124;
    wp::float32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::vec_t<3, wp::float32> var_130;
    wp::vec_t<3, wp::float32> var_131;
    wp::vec_t<3, wp::float32> var_132;
    wp::int32 var_133;
    wp::int32 var_134;
    wp::int32 var_135;
    bool var_136;
    const wp::int32 var_137 = 0;
    bool var_138;
    const wp::int32 var_139 = 0;
    bool var_140;
    const wp::int32 var_141 = 0;
    bool var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    wp::vec_t<3, wp::float32> var_145;
    wp::int32 var_146;
    wp::int32 var_147;
    wp::int32 var_148;
    bool var_149;
    wp::shape_t* var_150;
    const wp::int32 var_151 = 0;
    wp::int32 var_152;
    wp::shape_t var_153;
    bool var_154;
    wp::shape_t* var_155;
    const wp::int32 var_156 = 1;
    wp::int32 var_157;
    wp::shape_t var_158;
    bool var_159;
    wp::shape_t* var_160;
    const wp::int32 var_161 = 2;
    wp::int32 var_162;
    wp::shape_t var_163;
    bool var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::vec_t<3, wp::float32> var_167;
    wp::int32 var_168;
    wp::int32 var_169;
    wp::int32 var_170;
    wp::vec_t<3, wp::float32> var_171;
    wp::vec_t<3, wp::float32> var_172;
    wp::vec_t<3, wp::float32> var_173;
    wp::vec_t<3, wp::float32> var_174;
    wp::float32* var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    const wp::int32 var_179 = 2;
    const wp::int32 var_180 = 1;
    wp::float32 var_181;
    wp::float32 var_182;
    const wp::int32 var_183 = 3;
    wp::range_t var_184;
    wp::int32 var_185;
    const wp::int32 var_186 = 2;
    wp::float32 var_187;
    wp::float32 var_188;
    wp::float32 var_189;
    wp::float32 var_190;
    wp::float32 var_191;
    wp::float32 var_192;
    wp::float32 var_193;
    wp::vec_t<3, wp::float32> var_194;
    wp::vec_t<3, wp::float32> var_195;
    wp::vec_t<3, wp::float32> var_196;
    wp::int32 var_197;
    wp::int32 var_198;
    wp::int32 var_199;
    bool var_200;
    const wp::int32 var_201 = 0;
    bool var_202;
    const wp::int32 var_203 = 0;
    bool var_204;
    const wp::int32 var_205 = 0;
    bool var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::vec_t<3, wp::float32> var_209;
    wp::int32 var_210;
    wp::int32 var_211;
    wp::int32 var_212;
    bool var_213;
    wp::shape_t* var_214;
    const wp::int32 var_215 = 0;
    wp::int32 var_216;
    wp::shape_t var_217;
    bool var_218;
    wp::shape_t* var_219;
    const wp::int32 var_220 = 1;
    wp::int32 var_221;
    wp::shape_t var_222;
    bool var_223;
    wp::shape_t* var_224;
    const wp::int32 var_225 = 2;
    wp::int32 var_226;
    wp::shape_t var_227;
    bool var_228;
    wp::float32 var_229;
    wp::float32 var_230;
    wp::vec_t<3, wp::float32> var_231;
    wp::int32 var_232;
    wp::int32 var_233;
    wp::int32 var_234;
    wp::vec_t<3, wp::float32> var_235;
    wp::vec_t<3, wp::float32> var_236;
    wp::vec_t<3, wp::float32> var_237;
    wp::vec_t<3, wp::float32> var_238;
    wp::float32* var_239;
    wp::float32 var_240;
    wp::float32 var_241;
    wp::float32 var_242;
    const wp::int32 var_243 = 1;
    const wp::int32 var_244 = 0;
    wp::float32 var_245;
    wp::float32 var_246;
    const wp::int32 var_247 = 0;
    const wp::int32 var_248 = 1;
    wp::float32 var_249;
    wp::float32 var_250;
    const wp::int32 var_251 = 3;
    wp::range_t var_252;
    wp::int32 var_253;
    const wp::int32 var_254 = 2;
    wp::float32 var_255;
    wp::float32 var_256;
    wp::float32 var_257;
    wp::float32 var_258;
    wp::float32 var_259;
    wp::float32 var_260;
    wp::float32 var_261;
    wp::vec_t<3, wp::float32> var_262;
    wp::vec_t<3, wp::float32> var_263;
    wp::vec_t<3, wp::float32> var_264;
    wp::int32 var_265;
    wp::int32 var_266;
    wp::int32 var_267;
    bool var_268;
    const wp::int32 var_269 = 0;
    bool var_270;
    const wp::int32 var_271 = 0;
    bool var_272;
    const wp::int32 var_273 = 0;
    bool var_274;
    wp::float32 var_275;
    wp::float32 var_276;
    wp::vec_t<3, wp::float32> var_277;
    wp::int32 var_278;
    wp::int32 var_279;
    wp::int32 var_280;
    bool var_281;
    wp::shape_t* var_282;
    const wp::int32 var_283 = 0;
    wp::int32 var_284;
    wp::shape_t var_285;
    bool var_286;
    wp::shape_t* var_287;
    const wp::int32 var_288 = 1;
    wp::int32 var_289;
    wp::shape_t var_290;
    bool var_291;
    wp::shape_t* var_292;
    const wp::int32 var_293 = 2;
    wp::int32 var_294;
    wp::shape_t var_295;
    bool var_296;
    wp::float32 var_297;
    wp::float32 var_298;
    wp::vec_t<3, wp::float32> var_299;
    wp::int32 var_300;
    wp::int32 var_301;
    wp::int32 var_302;
    wp::vec_t<3, wp::float32> var_303;
    wp::vec_t<3, wp::float32> var_304;
    wp::vec_t<3, wp::float32> var_305;
    wp::vec_t<3, wp::float32> var_306;
    wp::float32* var_307;
    wp::float32 var_308;
    wp::float32 var_309;
    wp::float32 var_310;
    const wp::int32 var_311 = 1;
    const wp::int32 var_312 = 1;
    wp::float32 var_313;
    wp::float32 var_314;
    const wp::int32 var_315 = 3;
    wp::range_t var_316;
    wp::int32 var_317;
    const wp::int32 var_318 = 2;
    wp::float32 var_319;
    wp::float32 var_320;
    wp::float32 var_321;
    wp::float32 var_322;
    wp::float32 var_323;
    wp::float32 var_324;
    wp::float32 var_325;
    wp::vec_t<3, wp::float32> var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::int32 var_329;
    wp::int32 var_330;
    wp::int32 var_331;
    bool var_332;
    const wp::int32 var_333 = 0;
    bool var_334;
    const wp::int32 var_335 = 0;
    bool var_336;
    const wp::int32 var_337 = 0;
    bool var_338;
    wp::float32 var_339;
    wp::float32 var_340;
    wp::vec_t<3, wp::float32> var_341;
    wp::int32 var_342;
    wp::int32 var_343;
    wp::int32 var_344;
    bool var_345;
    wp::shape_t* var_346;
    const wp::int32 var_347 = 0;
    wp::int32 var_348;
    wp::shape_t var_349;
    bool var_350;
    wp::shape_t* var_351;
    const wp::int32 var_352 = 1;
    wp::int32 var_353;
    wp::shape_t var_354;
    bool var_355;
    wp::shape_t* var_356;
    const wp::int32 var_357 = 2;
    wp::int32 var_358;
    wp::shape_t var_359;
    bool var_360;
    wp::float32 var_361;
    wp::float32 var_362;
    wp::vec_t<3, wp::float32> var_363;
    wp::int32 var_364;
    wp::int32 var_365;
    wp::int32 var_366;
    wp::vec_t<3, wp::float32> var_367;
    wp::vec_t<3, wp::float32> var_368;
    wp::vec_t<3, wp::float32> var_369;
    wp::vec_t<3, wp::float32> var_370;
    wp::float32* var_371;
    wp::float32 var_372;
    wp::float32 var_373;
    wp::float32 var_374;
    const wp::int32 var_375 = 2;
    const wp::int32 var_376 = 1;
    wp::float32 var_377;
    wp::float32 var_378;
    const wp::int32 var_379 = 3;
    wp::range_t var_380;
    wp::int32 var_381;
    const wp::int32 var_382 = 2;
    wp::float32 var_383;
    wp::float32 var_384;
    wp::float32 var_385;
    wp::float32 var_386;
    wp::float32 var_387;
    wp::float32 var_388;
    wp::float32 var_389;
    wp::vec_t<3, wp::float32> var_390;
    wp::vec_t<3, wp::float32> var_391;
    wp::vec_t<3, wp::float32> var_392;
    wp::int32 var_393;
    wp::int32 var_394;
    wp::int32 var_395;
    bool var_396;
    const wp::int32 var_397 = 0;
    bool var_398;
    const wp::int32 var_399 = 0;
    bool var_400;
    const wp::int32 var_401 = 0;
    bool var_402;
    wp::float32 var_403;
    wp::float32 var_404;
    wp::vec_t<3, wp::float32> var_405;
    wp::int32 var_406;
    wp::int32 var_407;
    wp::int32 var_408;
    bool var_409;
    wp::shape_t* var_410;
    const wp::int32 var_411 = 0;
    wp::int32 var_412;
    wp::shape_t var_413;
    bool var_414;
    wp::shape_t* var_415;
    const wp::int32 var_416 = 1;
    wp::int32 var_417;
    wp::shape_t var_418;
    bool var_419;
    wp::shape_t* var_420;
    const wp::int32 var_421 = 2;
    wp::int32 var_422;
    wp::shape_t var_423;
    bool var_424;
    wp::float32 var_425;
    wp::float32 var_426;
    wp::vec_t<3, wp::float32> var_427;
    wp::int32 var_428;
    wp::int32 var_429;
    wp::int32 var_430;
    wp::vec_t<3, wp::float32> var_431;
    wp::vec_t<3, wp::float32> var_432;
    wp::vec_t<3, wp::float32> var_433;
    wp::vec_t<3, wp::float32> var_434;
    wp::float32* var_435;
    wp::float32 var_436;
    wp::float32 var_437;
    wp::float32 var_438;
    const wp::int32 var_439 = 2;
    const wp::int32 var_440 = 0;
    wp::float32 var_441;
    wp::float32 var_442;
    const wp::int32 var_443 = 0;
    const wp::int32 var_444 = 1;
    wp::float32 var_445;
    wp::float32 var_446;
    const wp::int32 var_447 = 3;
    wp::range_t var_448;
    wp::int32 var_449;
    const wp::int32 var_450 = 2;
    wp::float32 var_451;
    wp::float32 var_452;
    wp::float32 var_453;
    wp::float32 var_454;
    wp::float32 var_455;
    wp::float32 var_456;
    wp::float32 var_457;
    wp::vec_t<3, wp::float32> var_458;
    wp::vec_t<3, wp::float32> var_459;
    wp::vec_t<3, wp::float32> var_460;
    wp::int32 var_461;
    wp::int32 var_462;
    wp::int32 var_463;
    bool var_464;
    const wp::int32 var_465 = 0;
    bool var_466;
    const wp::int32 var_467 = 0;
    bool var_468;
    const wp::int32 var_469 = 0;
    bool var_470;
    wp::float32 var_471;
    wp::float32 var_472;
    wp::vec_t<3, wp::float32> var_473;
    wp::int32 var_474;
    wp::int32 var_475;
    wp::int32 var_476;
    bool var_477;
    wp::shape_t* var_478;
    const wp::int32 var_479 = 0;
    wp::int32 var_480;
    wp::shape_t var_481;
    bool var_482;
    wp::shape_t* var_483;
    const wp::int32 var_484 = 1;
    wp::int32 var_485;
    wp::shape_t var_486;
    bool var_487;
    wp::shape_t* var_488;
    const wp::int32 var_489 = 2;
    wp::int32 var_490;
    wp::shape_t var_491;
    bool var_492;
    wp::float32 var_493;
    wp::float32 var_494;
    wp::vec_t<3, wp::float32> var_495;
    wp::int32 var_496;
    wp::int32 var_497;
    wp::int32 var_498;
    wp::vec_t<3, wp::float32> var_499;
    wp::vec_t<3, wp::float32> var_500;
    wp::vec_t<3, wp::float32> var_501;
    wp::vec_t<3, wp::float32> var_502;
    wp::float32* var_503;
    wp::float32 var_504;
    wp::float32 var_505;
    wp::float32 var_506;
    const wp::int32 var_507 = 1;
    const wp::int32 var_508 = 1;
    wp::float32 var_509;
    wp::float32 var_510;
    const wp::int32 var_511 = 3;
    wp::range_t var_512;
    wp::int32 var_513;
    const wp::int32 var_514 = 2;
    wp::float32 var_515;
    wp::float32 var_516;
    wp::float32 var_517;
    wp::float32 var_518;
    wp::float32 var_519;
    wp::float32 var_520;
    wp::float32 var_521;
    wp::vec_t<3, wp::float32> var_522;
    wp::vec_t<3, wp::float32> var_523;
    wp::vec_t<3, wp::float32> var_524;
    wp::int32 var_525;
    wp::int32 var_526;
    wp::int32 var_527;
    bool var_528;
    const wp::int32 var_529 = 0;
    bool var_530;
    const wp::int32 var_531 = 0;
    bool var_532;
    const wp::int32 var_533 = 0;
    bool var_534;
    wp::float32 var_535;
    wp::float32 var_536;
    wp::vec_t<3, wp::float32> var_537;
    wp::int32 var_538;
    wp::int32 var_539;
    wp::int32 var_540;
    bool var_541;
    wp::shape_t* var_542;
    const wp::int32 var_543 = 0;
    wp::int32 var_544;
    wp::shape_t var_545;
    bool var_546;
    wp::shape_t* var_547;
    const wp::int32 var_548 = 1;
    wp::int32 var_549;
    wp::shape_t var_550;
    bool var_551;
    wp::shape_t* var_552;
    const wp::int32 var_553 = 2;
    wp::int32 var_554;
    wp::shape_t var_555;
    bool var_556;
    wp::float32 var_557;
    wp::float32 var_558;
    wp::vec_t<3, wp::float32> var_559;
    wp::int32 var_560;
    wp::int32 var_561;
    wp::int32 var_562;
    wp::vec_t<3, wp::float32> var_563;
    wp::vec_t<3, wp::float32> var_564;
    wp::vec_t<3, wp::float32> var_565;
    wp::vec_t<3, wp::float32> var_566;
    wp::float32* var_567;
    wp::float32 var_568;
    wp::float32 var_569;
    wp::float32 var_570;
    const wp::int32 var_571 = 2;
    const wp::int32 var_572 = 1;
    wp::float32 var_573;
    wp::float32 var_574;
    const wp::int32 var_575 = 3;
    wp::range_t var_576;
    wp::int32 var_577;
    const wp::int32 var_578 = 2;
    wp::float32 var_579;
    wp::float32 var_580;
    wp::float32 var_581;
    wp::float32 var_582;
    wp::float32 var_583;
    wp::float32 var_584;
    wp::float32 var_585;
    wp::vec_t<3, wp::float32> var_586;
    wp::vec_t<3, wp::float32> var_587;
    wp::vec_t<3, wp::float32> var_588;
    wp::int32 var_589;
    wp::int32 var_590;
    wp::int32 var_591;
    bool var_592;
    const wp::int32 var_593 = 0;
    bool var_594;
    const wp::int32 var_595 = 0;
    bool var_596;
    const wp::int32 var_597 = 0;
    bool var_598;
    wp::float32 var_599;
    wp::float32 var_600;
    wp::vec_t<3, wp::float32> var_601;
    wp::int32 var_602;
    wp::int32 var_603;
    wp::int32 var_604;
    bool var_605;
    wp::shape_t* var_606;
    const wp::int32 var_607 = 0;
    wp::int32 var_608;
    wp::shape_t var_609;
    bool var_610;
    wp::shape_t* var_611;
    const wp::int32 var_612 = 1;
    wp::int32 var_613;
    wp::shape_t var_614;
    bool var_615;
    wp::shape_t* var_616;
    const wp::int32 var_617 = 2;
    wp::int32 var_618;
    wp::shape_t var_619;
    bool var_620;
    wp::float32 var_621;
    wp::float32 var_622;
    wp::vec_t<3, wp::float32> var_623;
    wp::int32 var_624;
    wp::int32 var_625;
    wp::int32 var_626;
    wp::vec_t<3, wp::float32> var_627;
    wp::vec_t<3, wp::float32> var_628;
    wp::vec_t<3, wp::float32> var_629;
    wp::vec_t<3, wp::float32> var_630;
    wp::float32* var_631;
    wp::float32 var_632;
    wp::float32 var_633;
    wp::float32 var_634;
    //---------
    // forward
    // def p2g(                                                                               <L 47>
    // p = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // xp = ps.x[p] * inv_dx                                                                  <L 58>
    var_1 = &((var_ps).x);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::mul(var_5, var_inv_dx);
    // base_x = int(xp[0] - 0.5)                                                              <L 59>
    var_7 = wp::extract(var_4, var_6);
    var_9 = wp::sub(var_7, var_8);
    var_10 = wp::int(var_9);
    // base_y = int(xp[1] - 0.5)                                                              <L 60>
    var_12 = wp::extract(var_4, var_11);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::int(var_14);
    // base_z = int(xp[2] - 0.5)                                                              <L 61>
    var_17 = wp::extract(var_4, var_16);
    var_19 = wp::sub(var_17, var_18);
    var_20 = wp::int(var_19);
    // fx = xp - wp.vec3(float(base_x), float(base_y), float(base_z))                         <L 62>
    var_21 = wp::float(var_10);
    var_22 = wp::float(var_15);
    var_23 = wp::float(var_20);
    var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
    var_25 = wp::sub(var_4, var_24);
    // stress = snow_stress(ps.F[p], ps.Jp[p], mu0, lam0, hardening)                          <L 63>
    var_26 = &((var_ps).F);
    var_28 = wp::load(var_26);
    var_27 = wp::address(var_28, var_0);
    var_29 = &((var_ps).Jp);
    var_31 = wp::load(var_29);
    var_30 = wp::address(var_31, var_0);
    var_33 = wp::load(var_27);
    var_34 = wp::load(var_30);
    var_32 = snow_stress_0(var_33, var_34, var_mu0, var_lam0, var_hardening);
    // stress = stress * (-dt * ps.volume * 4.0 * inv_dx * inv_dx)                            <L 64>
    var_35 = wp::neg(var_dt);
    var_36 = &((var_ps).volume);
    var_38 = wp::load(var_36);
    var_37 = wp::mul(var_35, var_38);
    var_40 = wp::mul(var_37, var_39);
    var_41 = wp::mul(var_40, var_inv_dx);
    var_42 = wp::mul(var_41, var_inv_dx);
    var_43 = wp::mul(var_32, var_42);
    // affine = stress + ps.C[p] * ps.mass                                                    <L 65>
    var_44 = &((var_ps).C);
    var_46 = wp::load(var_44);
    var_45 = wp::address(var_46, var_0);
    var_47 = &((var_ps).mass);
    var_49 = wp::load(var_45);
    var_50 = wp::load(var_47);
    var_48 = wp::mul(var_49, var_50);
    var_51 = wp::add(var_43, var_48);
    // mv = ps.v[p] * ps.mass                                                                 <L 66>
    var_52 = &((var_ps).v);
    var_54 = wp::load(var_52);
    var_53 = wp::address(var_54, var_0);
    var_55 = &((var_ps).mass);
    var_57 = wp::load(var_53);
    var_58 = wp::load(var_55);
    var_56 = wp::mul(var_57, var_58);
    // for i in range(3):                                                                     <L 67>
    // wi = weight_component(fx[0], i)                                                        <L 68>
    var_61 = wp::extract(var_25, var_60);
    var_62 = weight_component_0(var_61, var_59);
    // for j in range(3):                                                                     <L 69>
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_65 = wp::extract(var_25, var_64);
    var_66 = weight_component_0(var_65, var_63);
    // for k in range(3):                                                                     <L 71>
    var_68 = wp::range(var_67);
    start_for_0:;
        if (iter_cmp(var_68) == 0) goto end_for_0;
        var_69 = wp::iter_next(var_68);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_71 = wp::extract(var_25, var_70);
        var_72 = weight_component_0(var_71, var_69);
        // w = wi * wj * wk                                                                   <L 73>
        var_73 = wp::mul(var_62, var_66);
        var_74 = wp::mul(var_73, var_72);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_75 = wp::float(var_59);
        var_76 = wp::float(var_63);
        var_77 = wp::float(var_69);
        var_78 = wp::vec_t<3, wp::float32>(var_75, var_76, var_77);
        var_79 = wp::sub(var_78, var_25);
        var_80 = wp::div(var_79, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_81 = wp::add(var_10, var_59);
        // gj = base_y + j                                                                    <L 76>
        var_82 = wp::add(var_15, var_63);
        // gk = base_z + k                                                                    <L 77>
        var_83 = wp::add(var_20, var_69);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_86 = (var_81 < var_85);
        var_84 = var_86;
        if (!var_84) {
            var_88 = (var_82 < var_87);
            var_84 = var_84 || var_88;
        }
        if (!var_84) {
            var_90 = (var_83 < var_89);
            var_84 = var_84 || var_90;
        }
        if (var_84) {
            // continue                                                                       <L 79>
            goto start_for_0;
        }
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_92 = &(var_grid_m.shape);
        var_95 = wp::load(var_92);
        var_94 = wp::extract(var_95, var_93);
        var_96 = (var_81 >= var_94);
        var_91 = var_96;
        if (!var_91) {
            var_97 = &(var_grid_m.shape);
            var_100 = wp::load(var_97);
            var_99 = wp::extract(var_100, var_98);
            var_101 = (var_82 >= var_99);
            var_91 = var_91 || var_101;
        }
        if (!var_91) {
            var_102 = &(var_grid_m.shape);
            var_105 = wp::load(var_102);
            var_104 = wp::extract(var_105, var_103);
            var_106 = (var_83 >= var_104);
            var_91 = var_91 || var_106;
        }
        if (var_91) {
            // continue                                                                       <L 81>
            goto start_for_0;
        }
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_107 = wp::mul(var_51, var_80);
        var_108 = wp::add(var_56, var_107);
        var_109 = wp::mul(var_108, var_74);
        var_110 = wp::atomic_add(var_grid_v, var_81, var_82, var_83, var_109);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_111 = &((var_ps).mass);
        var_113 = wp::load(var_111);
        var_112 = wp::mul(var_74, var_113);
        var_114 = wp::atomic_add(var_grid_m, var_81, var_82, var_83, var_112);
        goto start_for_0;
    end_for_0:;
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_117 = wp::extract(var_25, var_116);
    var_118 = weight_component_0(var_117, var_115);
    // for k in range(3):                                                                     <L 71>
    var_120 = wp::range(var_119);
    start_for_2:;
        if (iter_cmp(var_120) == 0) goto end_for_2;
        var_121 = wp::iter_next(var_120);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_123 = wp::extract(var_25, var_122);
        var_124 = weight_component_0(var_123, var_121);
        // w = wi * wj * wk                                                                   <L 73>
        var_125 = wp::mul(var_62, var_118);
        var_126 = wp::mul(var_125, var_124);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_127 = wp::float(var_59);
        var_128 = wp::float(var_115);
        var_129 = wp::float(var_121);
        var_130 = wp::vec_t<3, wp::float32>(var_127, var_128, var_129);
        var_131 = wp::sub(var_130, var_25);
        var_132 = wp::div(var_131, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_133 = wp::add(var_10, var_59);
        // gj = base_y + j                                                                    <L 76>
        var_134 = wp::add(var_15, var_115);
        // gk = base_z + k                                                                    <L 77>
        var_135 = wp::add(var_20, var_121);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_138 = (var_133 < var_137);
        var_136 = var_138;
        if (!var_136) {
            var_140 = (var_134 < var_139);
            var_136 = var_136 || var_140;
        }
        if (!var_136) {
            var_142 = (var_135 < var_141);
            var_136 = var_136 || var_142;
        }
        if (var_136) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_124);
            wp::assign(var_74, var_126);
            wp::assign(var_80, var_132);
            wp::assign(var_81, var_133);
            wp::assign(var_82, var_134);
            wp::assign(var_83, var_135);
            goto start_for_2;
        }
        var_143 = wp::where(var_136, var_72, var_124);
        var_144 = wp::where(var_136, var_74, var_126);
        var_145 = wp::where(var_136, var_80, var_132);
        var_146 = wp::where(var_136, var_81, var_133);
        var_147 = wp::where(var_136, var_82, var_134);
        var_148 = wp::where(var_136, var_83, var_135);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_150 = &(var_grid_m.shape);
        var_153 = wp::load(var_150);
        var_152 = wp::extract(var_153, var_151);
        var_154 = (var_146 >= var_152);
        var_149 = var_154;
        if (!var_149) {
            var_155 = &(var_grid_m.shape);
            var_158 = wp::load(var_155);
            var_157 = wp::extract(var_158, var_156);
            var_159 = (var_147 >= var_157);
            var_149 = var_149 || var_159;
        }
        if (!var_149) {
            var_160 = &(var_grid_m.shape);
            var_163 = wp::load(var_160);
            var_162 = wp::extract(var_163, var_161);
            var_164 = (var_148 >= var_162);
            var_149 = var_149 || var_164;
        }
        if (var_149) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_143);
            wp::assign(var_74, var_144);
            wp::assign(var_80, var_145);
            wp::assign(var_81, var_146);
            wp::assign(var_82, var_147);
            wp::assign(var_83, var_148);
            goto start_for_2;
        }
        var_165 = wp::where(var_149, var_72, var_143);
        var_166 = wp::where(var_149, var_74, var_144);
        var_167 = wp::where(var_149, var_80, var_145);
        var_168 = wp::where(var_149, var_81, var_146);
        var_169 = wp::where(var_149, var_82, var_147);
        var_170 = wp::where(var_149, var_83, var_148);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_171 = wp::mul(var_51, var_167);
        var_172 = wp::add(var_56, var_171);
        var_173 = wp::mul(var_172, var_166);
        var_174 = wp::atomic_add(var_grid_v, var_168, var_169, var_170, var_173);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_175 = &((var_ps).mass);
        var_177 = wp::load(var_175);
        var_176 = wp::mul(var_166, var_177);
        var_178 = wp::atomic_add(var_grid_m, var_168, var_169, var_170, var_176);
        wp::assign(var_72, var_165);
        wp::assign(var_74, var_166);
        wp::assign(var_80, var_167);
        wp::assign(var_81, var_168);
        wp::assign(var_82, var_169);
        wp::assign(var_83, var_170);
        goto start_for_2;
    end_for_2:;
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_181 = wp::extract(var_25, var_180);
    var_182 = weight_component_0(var_181, var_179);
    // for k in range(3):                                                                     <L 71>
    var_184 = wp::range(var_183);
    start_for_4:;
        if (iter_cmp(var_184) == 0) goto end_for_4;
        var_185 = wp::iter_next(var_184);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_187 = wp::extract(var_25, var_186);
        var_188 = weight_component_0(var_187, var_185);
        // w = wi * wj * wk                                                                   <L 73>
        var_189 = wp::mul(var_62, var_182);
        var_190 = wp::mul(var_189, var_188);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_191 = wp::float(var_59);
        var_192 = wp::float(var_179);
        var_193 = wp::float(var_185);
        var_194 = wp::vec_t<3, wp::float32>(var_191, var_192, var_193);
        var_195 = wp::sub(var_194, var_25);
        var_196 = wp::div(var_195, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_197 = wp::add(var_10, var_59);
        // gj = base_y + j                                                                    <L 76>
        var_198 = wp::add(var_15, var_179);
        // gk = base_z + k                                                                    <L 77>
        var_199 = wp::add(var_20, var_185);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_202 = (var_197 < var_201);
        var_200 = var_202;
        if (!var_200) {
            var_204 = (var_198 < var_203);
            var_200 = var_200 || var_204;
        }
        if (!var_200) {
            var_206 = (var_199 < var_205);
            var_200 = var_200 || var_206;
        }
        if (var_200) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_188);
            wp::assign(var_74, var_190);
            wp::assign(var_80, var_196);
            wp::assign(var_81, var_197);
            wp::assign(var_82, var_198);
            wp::assign(var_83, var_199);
            goto start_for_4;
        }
        var_207 = wp::where(var_200, var_72, var_188);
        var_208 = wp::where(var_200, var_74, var_190);
        var_209 = wp::where(var_200, var_80, var_196);
        var_210 = wp::where(var_200, var_81, var_197);
        var_211 = wp::where(var_200, var_82, var_198);
        var_212 = wp::where(var_200, var_83, var_199);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_214 = &(var_grid_m.shape);
        var_217 = wp::load(var_214);
        var_216 = wp::extract(var_217, var_215);
        var_218 = (var_210 >= var_216);
        var_213 = var_218;
        if (!var_213) {
            var_219 = &(var_grid_m.shape);
            var_222 = wp::load(var_219);
            var_221 = wp::extract(var_222, var_220);
            var_223 = (var_211 >= var_221);
            var_213 = var_213 || var_223;
        }
        if (!var_213) {
            var_224 = &(var_grid_m.shape);
            var_227 = wp::load(var_224);
            var_226 = wp::extract(var_227, var_225);
            var_228 = (var_212 >= var_226);
            var_213 = var_213 || var_228;
        }
        if (var_213) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_207);
            wp::assign(var_74, var_208);
            wp::assign(var_80, var_209);
            wp::assign(var_81, var_210);
            wp::assign(var_82, var_211);
            wp::assign(var_83, var_212);
            goto start_for_4;
        }
        var_229 = wp::where(var_213, var_72, var_207);
        var_230 = wp::where(var_213, var_74, var_208);
        var_231 = wp::where(var_213, var_80, var_209);
        var_232 = wp::where(var_213, var_81, var_210);
        var_233 = wp::where(var_213, var_82, var_211);
        var_234 = wp::where(var_213, var_83, var_212);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_235 = wp::mul(var_51, var_231);
        var_236 = wp::add(var_56, var_235);
        var_237 = wp::mul(var_236, var_230);
        var_238 = wp::atomic_add(var_grid_v, var_232, var_233, var_234, var_237);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_239 = &((var_ps).mass);
        var_241 = wp::load(var_239);
        var_240 = wp::mul(var_230, var_241);
        var_242 = wp::atomic_add(var_grid_m, var_232, var_233, var_234, var_240);
        wp::assign(var_72, var_229);
        wp::assign(var_74, var_230);
        wp::assign(var_80, var_231);
        wp::assign(var_81, var_232);
        wp::assign(var_82, var_233);
        wp::assign(var_83, var_234);
        goto start_for_4;
    end_for_4:;
    // wi = weight_component(fx[0], i)                                                        <L 68>
    var_245 = wp::extract(var_25, var_244);
    var_246 = weight_component_0(var_245, var_243);
    // for j in range(3):                                                                     <L 69>
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_249 = wp::extract(var_25, var_248);
    var_250 = weight_component_0(var_249, var_247);
    // for k in range(3):                                                                     <L 71>
    var_252 = wp::range(var_251);
    start_for_6:;
        if (iter_cmp(var_252) == 0) goto end_for_6;
        var_253 = wp::iter_next(var_252);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_255 = wp::extract(var_25, var_254);
        var_256 = weight_component_0(var_255, var_253);
        // w = wi * wj * wk                                                                   <L 73>
        var_257 = wp::mul(var_246, var_250);
        var_258 = wp::mul(var_257, var_256);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_259 = wp::float(var_243);
        var_260 = wp::float(var_247);
        var_261 = wp::float(var_253);
        var_262 = wp::vec_t<3, wp::float32>(var_259, var_260, var_261);
        var_263 = wp::sub(var_262, var_25);
        var_264 = wp::div(var_263, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_265 = wp::add(var_10, var_243);
        // gj = base_y + j                                                                    <L 76>
        var_266 = wp::add(var_15, var_247);
        // gk = base_z + k                                                                    <L 77>
        var_267 = wp::add(var_20, var_253);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_270 = (var_265 < var_269);
        var_268 = var_270;
        if (!var_268) {
            var_272 = (var_266 < var_271);
            var_268 = var_268 || var_272;
        }
        if (!var_268) {
            var_274 = (var_267 < var_273);
            var_268 = var_268 || var_274;
        }
        if (var_268) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_256);
            wp::assign(var_74, var_258);
            wp::assign(var_80, var_264);
            wp::assign(var_81, var_265);
            wp::assign(var_82, var_266);
            wp::assign(var_83, var_267);
            goto start_for_6;
        }
        var_275 = wp::where(var_268, var_72, var_256);
        var_276 = wp::where(var_268, var_74, var_258);
        var_277 = wp::where(var_268, var_80, var_264);
        var_278 = wp::where(var_268, var_81, var_265);
        var_279 = wp::where(var_268, var_82, var_266);
        var_280 = wp::where(var_268, var_83, var_267);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_282 = &(var_grid_m.shape);
        var_285 = wp::load(var_282);
        var_284 = wp::extract(var_285, var_283);
        var_286 = (var_278 >= var_284);
        var_281 = var_286;
        if (!var_281) {
            var_287 = &(var_grid_m.shape);
            var_290 = wp::load(var_287);
            var_289 = wp::extract(var_290, var_288);
            var_291 = (var_279 >= var_289);
            var_281 = var_281 || var_291;
        }
        if (!var_281) {
            var_292 = &(var_grid_m.shape);
            var_295 = wp::load(var_292);
            var_294 = wp::extract(var_295, var_293);
            var_296 = (var_280 >= var_294);
            var_281 = var_281 || var_296;
        }
        if (var_281) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_275);
            wp::assign(var_74, var_276);
            wp::assign(var_80, var_277);
            wp::assign(var_81, var_278);
            wp::assign(var_82, var_279);
            wp::assign(var_83, var_280);
            goto start_for_6;
        }
        var_297 = wp::where(var_281, var_72, var_275);
        var_298 = wp::where(var_281, var_74, var_276);
        var_299 = wp::where(var_281, var_80, var_277);
        var_300 = wp::where(var_281, var_81, var_278);
        var_301 = wp::where(var_281, var_82, var_279);
        var_302 = wp::where(var_281, var_83, var_280);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_303 = wp::mul(var_51, var_299);
        var_304 = wp::add(var_56, var_303);
        var_305 = wp::mul(var_304, var_298);
        var_306 = wp::atomic_add(var_grid_v, var_300, var_301, var_302, var_305);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_307 = &((var_ps).mass);
        var_309 = wp::load(var_307);
        var_308 = wp::mul(var_298, var_309);
        var_310 = wp::atomic_add(var_grid_m, var_300, var_301, var_302, var_308);
        wp::assign(var_72, var_297);
        wp::assign(var_74, var_298);
        wp::assign(var_80, var_299);
        wp::assign(var_81, var_300);
        wp::assign(var_82, var_301);
        wp::assign(var_83, var_302);
        goto start_for_6;
    end_for_6:;
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_313 = wp::extract(var_25, var_312);
    var_314 = weight_component_0(var_313, var_311);
    // for k in range(3):                                                                     <L 71>
    var_316 = wp::range(var_315);
    start_for_8:;
        if (iter_cmp(var_316) == 0) goto end_for_8;
        var_317 = wp::iter_next(var_316);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_319 = wp::extract(var_25, var_318);
        var_320 = weight_component_0(var_319, var_317);
        // w = wi * wj * wk                                                                   <L 73>
        var_321 = wp::mul(var_246, var_314);
        var_322 = wp::mul(var_321, var_320);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_323 = wp::float(var_243);
        var_324 = wp::float(var_311);
        var_325 = wp::float(var_317);
        var_326 = wp::vec_t<3, wp::float32>(var_323, var_324, var_325);
        var_327 = wp::sub(var_326, var_25);
        var_328 = wp::div(var_327, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_329 = wp::add(var_10, var_243);
        // gj = base_y + j                                                                    <L 76>
        var_330 = wp::add(var_15, var_311);
        // gk = base_z + k                                                                    <L 77>
        var_331 = wp::add(var_20, var_317);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_334 = (var_329 < var_333);
        var_332 = var_334;
        if (!var_332) {
            var_336 = (var_330 < var_335);
            var_332 = var_332 || var_336;
        }
        if (!var_332) {
            var_338 = (var_331 < var_337);
            var_332 = var_332 || var_338;
        }
        if (var_332) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_320);
            wp::assign(var_74, var_322);
            wp::assign(var_80, var_328);
            wp::assign(var_81, var_329);
            wp::assign(var_82, var_330);
            wp::assign(var_83, var_331);
            goto start_for_8;
        }
        var_339 = wp::where(var_332, var_72, var_320);
        var_340 = wp::where(var_332, var_74, var_322);
        var_341 = wp::where(var_332, var_80, var_328);
        var_342 = wp::where(var_332, var_81, var_329);
        var_343 = wp::where(var_332, var_82, var_330);
        var_344 = wp::where(var_332, var_83, var_331);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_346 = &(var_grid_m.shape);
        var_349 = wp::load(var_346);
        var_348 = wp::extract(var_349, var_347);
        var_350 = (var_342 >= var_348);
        var_345 = var_350;
        if (!var_345) {
            var_351 = &(var_grid_m.shape);
            var_354 = wp::load(var_351);
            var_353 = wp::extract(var_354, var_352);
            var_355 = (var_343 >= var_353);
            var_345 = var_345 || var_355;
        }
        if (!var_345) {
            var_356 = &(var_grid_m.shape);
            var_359 = wp::load(var_356);
            var_358 = wp::extract(var_359, var_357);
            var_360 = (var_344 >= var_358);
            var_345 = var_345 || var_360;
        }
        if (var_345) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_339);
            wp::assign(var_74, var_340);
            wp::assign(var_80, var_341);
            wp::assign(var_81, var_342);
            wp::assign(var_82, var_343);
            wp::assign(var_83, var_344);
            goto start_for_8;
        }
        var_361 = wp::where(var_345, var_72, var_339);
        var_362 = wp::where(var_345, var_74, var_340);
        var_363 = wp::where(var_345, var_80, var_341);
        var_364 = wp::where(var_345, var_81, var_342);
        var_365 = wp::where(var_345, var_82, var_343);
        var_366 = wp::where(var_345, var_83, var_344);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_367 = wp::mul(var_51, var_363);
        var_368 = wp::add(var_56, var_367);
        var_369 = wp::mul(var_368, var_362);
        var_370 = wp::atomic_add(var_grid_v, var_364, var_365, var_366, var_369);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_371 = &((var_ps).mass);
        var_373 = wp::load(var_371);
        var_372 = wp::mul(var_362, var_373);
        var_374 = wp::atomic_add(var_grid_m, var_364, var_365, var_366, var_372);
        wp::assign(var_72, var_361);
        wp::assign(var_74, var_362);
        wp::assign(var_80, var_363);
        wp::assign(var_81, var_364);
        wp::assign(var_82, var_365);
        wp::assign(var_83, var_366);
        goto start_for_8;
    end_for_8:;
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_377 = wp::extract(var_25, var_376);
    var_378 = weight_component_0(var_377, var_375);
    // for k in range(3):                                                                     <L 71>
    var_380 = wp::range(var_379);
    start_for_10:;
        if (iter_cmp(var_380) == 0) goto end_for_10;
        var_381 = wp::iter_next(var_380);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_383 = wp::extract(var_25, var_382);
        var_384 = weight_component_0(var_383, var_381);
        // w = wi * wj * wk                                                                   <L 73>
        var_385 = wp::mul(var_246, var_378);
        var_386 = wp::mul(var_385, var_384);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_387 = wp::float(var_243);
        var_388 = wp::float(var_375);
        var_389 = wp::float(var_381);
        var_390 = wp::vec_t<3, wp::float32>(var_387, var_388, var_389);
        var_391 = wp::sub(var_390, var_25);
        var_392 = wp::div(var_391, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_393 = wp::add(var_10, var_243);
        // gj = base_y + j                                                                    <L 76>
        var_394 = wp::add(var_15, var_375);
        // gk = base_z + k                                                                    <L 77>
        var_395 = wp::add(var_20, var_381);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_398 = (var_393 < var_397);
        var_396 = var_398;
        if (!var_396) {
            var_400 = (var_394 < var_399);
            var_396 = var_396 || var_400;
        }
        if (!var_396) {
            var_402 = (var_395 < var_401);
            var_396 = var_396 || var_402;
        }
        if (var_396) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_384);
            wp::assign(var_74, var_386);
            wp::assign(var_80, var_392);
            wp::assign(var_81, var_393);
            wp::assign(var_82, var_394);
            wp::assign(var_83, var_395);
            goto start_for_10;
        }
        var_403 = wp::where(var_396, var_72, var_384);
        var_404 = wp::where(var_396, var_74, var_386);
        var_405 = wp::where(var_396, var_80, var_392);
        var_406 = wp::where(var_396, var_81, var_393);
        var_407 = wp::where(var_396, var_82, var_394);
        var_408 = wp::where(var_396, var_83, var_395);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_410 = &(var_grid_m.shape);
        var_413 = wp::load(var_410);
        var_412 = wp::extract(var_413, var_411);
        var_414 = (var_406 >= var_412);
        var_409 = var_414;
        if (!var_409) {
            var_415 = &(var_grid_m.shape);
            var_418 = wp::load(var_415);
            var_417 = wp::extract(var_418, var_416);
            var_419 = (var_407 >= var_417);
            var_409 = var_409 || var_419;
        }
        if (!var_409) {
            var_420 = &(var_grid_m.shape);
            var_423 = wp::load(var_420);
            var_422 = wp::extract(var_423, var_421);
            var_424 = (var_408 >= var_422);
            var_409 = var_409 || var_424;
        }
        if (var_409) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_403);
            wp::assign(var_74, var_404);
            wp::assign(var_80, var_405);
            wp::assign(var_81, var_406);
            wp::assign(var_82, var_407);
            wp::assign(var_83, var_408);
            goto start_for_10;
        }
        var_425 = wp::where(var_409, var_72, var_403);
        var_426 = wp::where(var_409, var_74, var_404);
        var_427 = wp::where(var_409, var_80, var_405);
        var_428 = wp::where(var_409, var_81, var_406);
        var_429 = wp::where(var_409, var_82, var_407);
        var_430 = wp::where(var_409, var_83, var_408);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_431 = wp::mul(var_51, var_427);
        var_432 = wp::add(var_56, var_431);
        var_433 = wp::mul(var_432, var_426);
        var_434 = wp::atomic_add(var_grid_v, var_428, var_429, var_430, var_433);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_435 = &((var_ps).mass);
        var_437 = wp::load(var_435);
        var_436 = wp::mul(var_426, var_437);
        var_438 = wp::atomic_add(var_grid_m, var_428, var_429, var_430, var_436);
        wp::assign(var_72, var_425);
        wp::assign(var_74, var_426);
        wp::assign(var_80, var_427);
        wp::assign(var_81, var_428);
        wp::assign(var_82, var_429);
        wp::assign(var_83, var_430);
        goto start_for_10;
    end_for_10:;
    // wi = weight_component(fx[0], i)                                                        <L 68>
    var_441 = wp::extract(var_25, var_440);
    var_442 = weight_component_0(var_441, var_439);
    // for j in range(3):                                                                     <L 69>
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_445 = wp::extract(var_25, var_444);
    var_446 = weight_component_0(var_445, var_443);
    // for k in range(3):                                                                     <L 71>
    var_448 = wp::range(var_447);
    start_for_12:;
        if (iter_cmp(var_448) == 0) goto end_for_12;
        var_449 = wp::iter_next(var_448);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_451 = wp::extract(var_25, var_450);
        var_452 = weight_component_0(var_451, var_449);
        // w = wi * wj * wk                                                                   <L 73>
        var_453 = wp::mul(var_442, var_446);
        var_454 = wp::mul(var_453, var_452);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_455 = wp::float(var_439);
        var_456 = wp::float(var_443);
        var_457 = wp::float(var_449);
        var_458 = wp::vec_t<3, wp::float32>(var_455, var_456, var_457);
        var_459 = wp::sub(var_458, var_25);
        var_460 = wp::div(var_459, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_461 = wp::add(var_10, var_439);
        // gj = base_y + j                                                                    <L 76>
        var_462 = wp::add(var_15, var_443);
        // gk = base_z + k                                                                    <L 77>
        var_463 = wp::add(var_20, var_449);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_466 = (var_461 < var_465);
        var_464 = var_466;
        if (!var_464) {
            var_468 = (var_462 < var_467);
            var_464 = var_464 || var_468;
        }
        if (!var_464) {
            var_470 = (var_463 < var_469);
            var_464 = var_464 || var_470;
        }
        if (var_464) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_452);
            wp::assign(var_74, var_454);
            wp::assign(var_80, var_460);
            wp::assign(var_81, var_461);
            wp::assign(var_82, var_462);
            wp::assign(var_83, var_463);
            goto start_for_12;
        }
        var_471 = wp::where(var_464, var_72, var_452);
        var_472 = wp::where(var_464, var_74, var_454);
        var_473 = wp::where(var_464, var_80, var_460);
        var_474 = wp::where(var_464, var_81, var_461);
        var_475 = wp::where(var_464, var_82, var_462);
        var_476 = wp::where(var_464, var_83, var_463);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_478 = &(var_grid_m.shape);
        var_481 = wp::load(var_478);
        var_480 = wp::extract(var_481, var_479);
        var_482 = (var_474 >= var_480);
        var_477 = var_482;
        if (!var_477) {
            var_483 = &(var_grid_m.shape);
            var_486 = wp::load(var_483);
            var_485 = wp::extract(var_486, var_484);
            var_487 = (var_475 >= var_485);
            var_477 = var_477 || var_487;
        }
        if (!var_477) {
            var_488 = &(var_grid_m.shape);
            var_491 = wp::load(var_488);
            var_490 = wp::extract(var_491, var_489);
            var_492 = (var_476 >= var_490);
            var_477 = var_477 || var_492;
        }
        if (var_477) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_471);
            wp::assign(var_74, var_472);
            wp::assign(var_80, var_473);
            wp::assign(var_81, var_474);
            wp::assign(var_82, var_475);
            wp::assign(var_83, var_476);
            goto start_for_12;
        }
        var_493 = wp::where(var_477, var_72, var_471);
        var_494 = wp::where(var_477, var_74, var_472);
        var_495 = wp::where(var_477, var_80, var_473);
        var_496 = wp::where(var_477, var_81, var_474);
        var_497 = wp::where(var_477, var_82, var_475);
        var_498 = wp::where(var_477, var_83, var_476);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_499 = wp::mul(var_51, var_495);
        var_500 = wp::add(var_56, var_499);
        var_501 = wp::mul(var_500, var_494);
        var_502 = wp::atomic_add(var_grid_v, var_496, var_497, var_498, var_501);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_503 = &((var_ps).mass);
        var_505 = wp::load(var_503);
        var_504 = wp::mul(var_494, var_505);
        var_506 = wp::atomic_add(var_grid_m, var_496, var_497, var_498, var_504);
        wp::assign(var_72, var_493);
        wp::assign(var_74, var_494);
        wp::assign(var_80, var_495);
        wp::assign(var_81, var_496);
        wp::assign(var_82, var_497);
        wp::assign(var_83, var_498);
        goto start_for_12;
    end_for_12:;
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_509 = wp::extract(var_25, var_508);
    var_510 = weight_component_0(var_509, var_507);
    // for k in range(3):                                                                     <L 71>
    var_512 = wp::range(var_511);
    start_for_14:;
        if (iter_cmp(var_512) == 0) goto end_for_14;
        var_513 = wp::iter_next(var_512);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_515 = wp::extract(var_25, var_514);
        var_516 = weight_component_0(var_515, var_513);
        // w = wi * wj * wk                                                                   <L 73>
        var_517 = wp::mul(var_442, var_510);
        var_518 = wp::mul(var_517, var_516);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_519 = wp::float(var_439);
        var_520 = wp::float(var_507);
        var_521 = wp::float(var_513);
        var_522 = wp::vec_t<3, wp::float32>(var_519, var_520, var_521);
        var_523 = wp::sub(var_522, var_25);
        var_524 = wp::div(var_523, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_525 = wp::add(var_10, var_439);
        // gj = base_y + j                                                                    <L 76>
        var_526 = wp::add(var_15, var_507);
        // gk = base_z + k                                                                    <L 77>
        var_527 = wp::add(var_20, var_513);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_530 = (var_525 < var_529);
        var_528 = var_530;
        if (!var_528) {
            var_532 = (var_526 < var_531);
            var_528 = var_528 || var_532;
        }
        if (!var_528) {
            var_534 = (var_527 < var_533);
            var_528 = var_528 || var_534;
        }
        if (var_528) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_516);
            wp::assign(var_74, var_518);
            wp::assign(var_80, var_524);
            wp::assign(var_81, var_525);
            wp::assign(var_82, var_526);
            wp::assign(var_83, var_527);
            goto start_for_14;
        }
        var_535 = wp::where(var_528, var_72, var_516);
        var_536 = wp::where(var_528, var_74, var_518);
        var_537 = wp::where(var_528, var_80, var_524);
        var_538 = wp::where(var_528, var_81, var_525);
        var_539 = wp::where(var_528, var_82, var_526);
        var_540 = wp::where(var_528, var_83, var_527);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_542 = &(var_grid_m.shape);
        var_545 = wp::load(var_542);
        var_544 = wp::extract(var_545, var_543);
        var_546 = (var_538 >= var_544);
        var_541 = var_546;
        if (!var_541) {
            var_547 = &(var_grid_m.shape);
            var_550 = wp::load(var_547);
            var_549 = wp::extract(var_550, var_548);
            var_551 = (var_539 >= var_549);
            var_541 = var_541 || var_551;
        }
        if (!var_541) {
            var_552 = &(var_grid_m.shape);
            var_555 = wp::load(var_552);
            var_554 = wp::extract(var_555, var_553);
            var_556 = (var_540 >= var_554);
            var_541 = var_541 || var_556;
        }
        if (var_541) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_535);
            wp::assign(var_74, var_536);
            wp::assign(var_80, var_537);
            wp::assign(var_81, var_538);
            wp::assign(var_82, var_539);
            wp::assign(var_83, var_540);
            goto start_for_14;
        }
        var_557 = wp::where(var_541, var_72, var_535);
        var_558 = wp::where(var_541, var_74, var_536);
        var_559 = wp::where(var_541, var_80, var_537);
        var_560 = wp::where(var_541, var_81, var_538);
        var_561 = wp::where(var_541, var_82, var_539);
        var_562 = wp::where(var_541, var_83, var_540);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_563 = wp::mul(var_51, var_559);
        var_564 = wp::add(var_56, var_563);
        var_565 = wp::mul(var_564, var_558);
        var_566 = wp::atomic_add(var_grid_v, var_560, var_561, var_562, var_565);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_567 = &((var_ps).mass);
        var_569 = wp::load(var_567);
        var_568 = wp::mul(var_558, var_569);
        var_570 = wp::atomic_add(var_grid_m, var_560, var_561, var_562, var_568);
        wp::assign(var_72, var_557);
        wp::assign(var_74, var_558);
        wp::assign(var_80, var_559);
        wp::assign(var_81, var_560);
        wp::assign(var_82, var_561);
        wp::assign(var_83, var_562);
        goto start_for_14;
    end_for_14:;
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_573 = wp::extract(var_25, var_572);
    var_574 = weight_component_0(var_573, var_571);
    // for k in range(3):                                                                     <L 71>
    var_576 = wp::range(var_575);
    start_for_16:;
        if (iter_cmp(var_576) == 0) goto end_for_16;
        var_577 = wp::iter_next(var_576);
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_579 = wp::extract(var_25, var_578);
        var_580 = weight_component_0(var_579, var_577);
        // w = wi * wj * wk                                                                   <L 73>
        var_581 = wp::mul(var_442, var_574);
        var_582 = wp::mul(var_581, var_580);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_583 = wp::float(var_439);
        var_584 = wp::float(var_571);
        var_585 = wp::float(var_577);
        var_586 = wp::vec_t<3, wp::float32>(var_583, var_584, var_585);
        var_587 = wp::sub(var_586, var_25);
        var_588 = wp::div(var_587, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_589 = wp::add(var_10, var_439);
        // gj = base_y + j                                                                    <L 76>
        var_590 = wp::add(var_15, var_571);
        // gk = base_z + k                                                                    <L 77>
        var_591 = wp::add(var_20, var_577);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_594 = (var_589 < var_593);
        var_592 = var_594;
        if (!var_592) {
            var_596 = (var_590 < var_595);
            var_592 = var_592 || var_596;
        }
        if (!var_592) {
            var_598 = (var_591 < var_597);
            var_592 = var_592 || var_598;
        }
        if (var_592) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_580);
            wp::assign(var_74, var_582);
            wp::assign(var_80, var_588);
            wp::assign(var_81, var_589);
            wp::assign(var_82, var_590);
            wp::assign(var_83, var_591);
            goto start_for_16;
        }
        var_599 = wp::where(var_592, var_72, var_580);
        var_600 = wp::where(var_592, var_74, var_582);
        var_601 = wp::where(var_592, var_80, var_588);
        var_602 = wp::where(var_592, var_81, var_589);
        var_603 = wp::where(var_592, var_82, var_590);
        var_604 = wp::where(var_592, var_83, var_591);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_606 = &(var_grid_m.shape);
        var_609 = wp::load(var_606);
        var_608 = wp::extract(var_609, var_607);
        var_610 = (var_602 >= var_608);
        var_605 = var_610;
        if (!var_605) {
            var_611 = &(var_grid_m.shape);
            var_614 = wp::load(var_611);
            var_613 = wp::extract(var_614, var_612);
            var_615 = (var_603 >= var_613);
            var_605 = var_605 || var_615;
        }
        if (!var_605) {
            var_616 = &(var_grid_m.shape);
            var_619 = wp::load(var_616);
            var_618 = wp::extract(var_619, var_617);
            var_620 = (var_604 >= var_618);
            var_605 = var_605 || var_620;
        }
        if (var_605) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_599);
            wp::assign(var_74, var_600);
            wp::assign(var_80, var_601);
            wp::assign(var_81, var_602);
            wp::assign(var_82, var_603);
            wp::assign(var_83, var_604);
            goto start_for_16;
        }
        var_621 = wp::where(var_605, var_72, var_599);
        var_622 = wp::where(var_605, var_74, var_600);
        var_623 = wp::where(var_605, var_80, var_601);
        var_624 = wp::where(var_605, var_81, var_602);
        var_625 = wp::where(var_605, var_82, var_603);
        var_626 = wp::where(var_605, var_83, var_604);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_627 = wp::mul(var_51, var_623);
        var_628 = wp::add(var_56, var_627);
        var_629 = wp::mul(var_628, var_622);
        var_630 = wp::atomic_add(var_grid_v, var_624, var_625, var_626, var_629);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_631 = &((var_ps).mass);
        var_633 = wp::load(var_631);
        var_632 = wp::mul(var_622, var_633);
        var_634 = wp::atomic_add(var_grid_m, var_624, var_625, var_626, var_632);
        wp::assign(var_72, var_621);
        wp::assign(var_74, var_622);
        wp::assign(var_80, var_623);
        wp::assign(var_81, var_624);
        wp::assign(var_82, var_625);
        wp::assign(var_83, var_626);
        goto start_for_16;
    end_for_16:;
}



void p2g_d595cf71_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_p2g_d595cf71 *_wp_args,
    wp_args_p2g_d595cf71 *_wp_adj_args)
{
    //---------
    // argument vars
    MPMParticles_80c99de8 var_ps = _wp_args->ps;
    wp::float32 var_inv_dx = _wp_args->inv_dx;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_mu0 = _wp_args->mu0;
    wp::float32 var_lam0 = _wp_args->lam0;
    wp::float32 var_hardening = _wp_args->hardening;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::array_t<wp::float32> var_grid_m = _wp_args->grid_m;
    MPMParticles_80c99de8 adj_ps = _wp_adj_args->ps;
    wp::float32 adj_inv_dx = _wp_adj_args->inv_dx;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_mu0 = _wp_adj_args->mu0;
    wp::float32 adj_lam0 = _wp_adj_args->lam0;
    wp::float32 adj_hardening = _wp_adj_args->hardening;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_v = _wp_adj_args->grid_v;
    wp::array_t<wp::float32> adj_grid_m = _wp_adj_args->grid_m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::array_t<wp::vec_t<3, wp::float32>> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_26;
    wp::mat_t<3, 3, wp::float32>* var_27;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_28;
    wp::array_t<wp::float32>* var_29;
    wp::float32* var_30;
    wp::array_t<wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 4.0;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_44;
    wp::mat_t<3, 3, wp::float32>* var_45;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_46;
    wp::float32* var_47;
    wp::mat_t<3, 3, wp::float32> var_48;
    wp::mat_t<3, 3, wp::float32> var_49;
    wp::float32 var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::array_t<wp::vec_t<3, wp::float32>> var_54;
    wp::float32* var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::float32 var_58;
    const wp::int32 var_59 = 0;
    const wp::int32 var_60 = 0;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::int32 var_63 = 0;
    const wp::int32 var_64 = 1;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::int32 var_67 = 3;
    wp::range_t var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::int32 var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    bool var_84;
    const wp::int32 var_85 = 0;
    bool var_86;
    const wp::int32 var_87 = 0;
    bool var_88;
    const wp::int32 var_89 = 0;
    bool var_90;
    bool var_91;
    wp::shape_t* var_92;
    const wp::int32 var_93 = 0;
    wp::int32 var_94;
    wp::shape_t var_95;
    bool var_96;
    wp::shape_t* var_97;
    const wp::int32 var_98 = 1;
    wp::int32 var_99;
    wp::shape_t var_100;
    bool var_101;
    wp::shape_t* var_102;
    const wp::int32 var_103 = 2;
    wp::int32 var_104;
    wp::shape_t var_105;
    bool var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    wp::float32* var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    const wp::int32 var_115 = 1;
    const wp::int32 var_116 = 1;
    wp::float32 var_117;
    wp::float32 var_118;
    const wp::int32 var_119 = 3;
    wp::range_t var_120;
    wp::int32 var_121;
    const wp::int32 var_122 = 2;
    wp::float32 var_123;
    wp::float32 var_124;
    wp::float32 var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::vec_t<3, wp::float32> var_130;
    wp::vec_t<3, wp::float32> var_131;
    wp::vec_t<3, wp::float32> var_132;
    wp::int32 var_133;
    wp::int32 var_134;
    wp::int32 var_135;
    bool var_136;
    const wp::int32 var_137 = 0;
    bool var_138;
    const wp::int32 var_139 = 0;
    bool var_140;
    const wp::int32 var_141 = 0;
    bool var_142;
    wp::float32 var_143;
    wp::float32 var_144;
    wp::vec_t<3, wp::float32> var_145;
    wp::int32 var_146;
    wp::int32 var_147;
    wp::int32 var_148;
    bool var_149;
    wp::shape_t* var_150;
    const wp::int32 var_151 = 0;
    wp::int32 var_152;
    wp::shape_t var_153;
    bool var_154;
    wp::shape_t* var_155;
    const wp::int32 var_156 = 1;
    wp::int32 var_157;
    wp::shape_t var_158;
    bool var_159;
    wp::shape_t* var_160;
    const wp::int32 var_161 = 2;
    wp::int32 var_162;
    wp::shape_t var_163;
    bool var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    wp::vec_t<3, wp::float32> var_167;
    wp::int32 var_168;
    wp::int32 var_169;
    wp::int32 var_170;
    wp::vec_t<3, wp::float32> var_171;
    wp::vec_t<3, wp::float32> var_172;
    wp::vec_t<3, wp::float32> var_173;
    wp::vec_t<3, wp::float32> var_174;
    wp::float32* var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    const wp::int32 var_179 = 2;
    const wp::int32 var_180 = 1;
    wp::float32 var_181;
    wp::float32 var_182;
    const wp::int32 var_183 = 3;
    wp::range_t var_184;
    wp::int32 var_185;
    const wp::int32 var_186 = 2;
    wp::float32 var_187;
    wp::float32 var_188;
    wp::float32 var_189;
    wp::float32 var_190;
    wp::float32 var_191;
    wp::float32 var_192;
    wp::float32 var_193;
    wp::vec_t<3, wp::float32> var_194;
    wp::vec_t<3, wp::float32> var_195;
    wp::vec_t<3, wp::float32> var_196;
    wp::int32 var_197;
    wp::int32 var_198;
    wp::int32 var_199;
    bool var_200;
    const wp::int32 var_201 = 0;
    bool var_202;
    const wp::int32 var_203 = 0;
    bool var_204;
    const wp::int32 var_205 = 0;
    bool var_206;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::vec_t<3, wp::float32> var_209;
    wp::int32 var_210;
    wp::int32 var_211;
    wp::int32 var_212;
    bool var_213;
    wp::shape_t* var_214;
    const wp::int32 var_215 = 0;
    wp::int32 var_216;
    wp::shape_t var_217;
    bool var_218;
    wp::shape_t* var_219;
    const wp::int32 var_220 = 1;
    wp::int32 var_221;
    wp::shape_t var_222;
    bool var_223;
    wp::shape_t* var_224;
    const wp::int32 var_225 = 2;
    wp::int32 var_226;
    wp::shape_t var_227;
    bool var_228;
    wp::float32 var_229;
    wp::float32 var_230;
    wp::vec_t<3, wp::float32> var_231;
    wp::int32 var_232;
    wp::int32 var_233;
    wp::int32 var_234;
    wp::vec_t<3, wp::float32> var_235;
    wp::vec_t<3, wp::float32> var_236;
    wp::vec_t<3, wp::float32> var_237;
    wp::vec_t<3, wp::float32> var_238;
    wp::float32* var_239;
    wp::float32 var_240;
    wp::float32 var_241;
    wp::float32 var_242;
    const wp::int32 var_243 = 1;
    const wp::int32 var_244 = 0;
    wp::float32 var_245;
    wp::float32 var_246;
    const wp::int32 var_247 = 0;
    const wp::int32 var_248 = 1;
    wp::float32 var_249;
    wp::float32 var_250;
    const wp::int32 var_251 = 3;
    wp::range_t var_252;
    wp::int32 var_253;
    const wp::int32 var_254 = 2;
    wp::float32 var_255;
    wp::float32 var_256;
    wp::float32 var_257;
    wp::float32 var_258;
    wp::float32 var_259;
    wp::float32 var_260;
    wp::float32 var_261;
    wp::vec_t<3, wp::float32> var_262;
    wp::vec_t<3, wp::float32> var_263;
    wp::vec_t<3, wp::float32> var_264;
    wp::int32 var_265;
    wp::int32 var_266;
    wp::int32 var_267;
    bool var_268;
    const wp::int32 var_269 = 0;
    bool var_270;
    const wp::int32 var_271 = 0;
    bool var_272;
    const wp::int32 var_273 = 0;
    bool var_274;
    wp::float32 var_275;
    wp::float32 var_276;
    wp::vec_t<3, wp::float32> var_277;
    wp::int32 var_278;
    wp::int32 var_279;
    wp::int32 var_280;
    bool var_281;
    wp::shape_t* var_282;
    const wp::int32 var_283 = 0;
    wp::int32 var_284;
    wp::shape_t var_285;
    bool var_286;
    wp::shape_t* var_287;
    const wp::int32 var_288 = 1;
    wp::int32 var_289;
    wp::shape_t var_290;
    bool var_291;
    wp::shape_t* var_292;
    const wp::int32 var_293 = 2;
    wp::int32 var_294;
    wp::shape_t var_295;
    bool var_296;
    wp::float32 var_297;
    wp::float32 var_298;
    wp::vec_t<3, wp::float32> var_299;
    wp::int32 var_300;
    wp::int32 var_301;
    wp::int32 var_302;
    wp::vec_t<3, wp::float32> var_303;
    wp::vec_t<3, wp::float32> var_304;
    wp::vec_t<3, wp::float32> var_305;
    wp::vec_t<3, wp::float32> var_306;
    wp::float32* var_307;
    wp::float32 var_308;
    wp::float32 var_309;
    wp::float32 var_310;
    const wp::int32 var_311 = 1;
    const wp::int32 var_312 = 1;
    wp::float32 var_313;
    wp::float32 var_314;
    const wp::int32 var_315 = 3;
    wp::range_t var_316;
    wp::int32 var_317;
    const wp::int32 var_318 = 2;
    wp::float32 var_319;
    wp::float32 var_320;
    wp::float32 var_321;
    wp::float32 var_322;
    wp::float32 var_323;
    wp::float32 var_324;
    wp::float32 var_325;
    wp::vec_t<3, wp::float32> var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::int32 var_329;
    wp::int32 var_330;
    wp::int32 var_331;
    bool var_332;
    const wp::int32 var_333 = 0;
    bool var_334;
    const wp::int32 var_335 = 0;
    bool var_336;
    const wp::int32 var_337 = 0;
    bool var_338;
    wp::float32 var_339;
    wp::float32 var_340;
    wp::vec_t<3, wp::float32> var_341;
    wp::int32 var_342;
    wp::int32 var_343;
    wp::int32 var_344;
    bool var_345;
    wp::shape_t* var_346;
    const wp::int32 var_347 = 0;
    wp::int32 var_348;
    wp::shape_t var_349;
    bool var_350;
    wp::shape_t* var_351;
    const wp::int32 var_352 = 1;
    wp::int32 var_353;
    wp::shape_t var_354;
    bool var_355;
    wp::shape_t* var_356;
    const wp::int32 var_357 = 2;
    wp::int32 var_358;
    wp::shape_t var_359;
    bool var_360;
    wp::float32 var_361;
    wp::float32 var_362;
    wp::vec_t<3, wp::float32> var_363;
    wp::int32 var_364;
    wp::int32 var_365;
    wp::int32 var_366;
    wp::vec_t<3, wp::float32> var_367;
    wp::vec_t<3, wp::float32> var_368;
    wp::vec_t<3, wp::float32> var_369;
    wp::vec_t<3, wp::float32> var_370;
    wp::float32* var_371;
    wp::float32 var_372;
    wp::float32 var_373;
    wp::float32 var_374;
    const wp::int32 var_375 = 2;
    const wp::int32 var_376 = 1;
    wp::float32 var_377;
    wp::float32 var_378;
    const wp::int32 var_379 = 3;
    wp::range_t var_380;
    wp::int32 var_381;
    const wp::int32 var_382 = 2;
    wp::float32 var_383;
    wp::float32 var_384;
    wp::float32 var_385;
    wp::float32 var_386;
    wp::float32 var_387;
    wp::float32 var_388;
    wp::float32 var_389;
    wp::vec_t<3, wp::float32> var_390;
    wp::vec_t<3, wp::float32> var_391;
    wp::vec_t<3, wp::float32> var_392;
    wp::int32 var_393;
    wp::int32 var_394;
    wp::int32 var_395;
    bool var_396;
    const wp::int32 var_397 = 0;
    bool var_398;
    const wp::int32 var_399 = 0;
    bool var_400;
    const wp::int32 var_401 = 0;
    bool var_402;
    wp::float32 var_403;
    wp::float32 var_404;
    wp::vec_t<3, wp::float32> var_405;
    wp::int32 var_406;
    wp::int32 var_407;
    wp::int32 var_408;
    bool var_409;
    wp::shape_t* var_410;
    const wp::int32 var_411 = 0;
    wp::int32 var_412;
    wp::shape_t var_413;
    bool var_414;
    wp::shape_t* var_415;
    const wp::int32 var_416 = 1;
    wp::int32 var_417;
    wp::shape_t var_418;
    bool var_419;
    wp::shape_t* var_420;
    const wp::int32 var_421 = 2;
    wp::int32 var_422;
    wp::shape_t var_423;
    bool var_424;
    wp::float32 var_425;
    wp::float32 var_426;
    wp::vec_t<3, wp::float32> var_427;
    wp::int32 var_428;
    wp::int32 var_429;
    wp::int32 var_430;
    wp::vec_t<3, wp::float32> var_431;
    wp::vec_t<3, wp::float32> var_432;
    wp::vec_t<3, wp::float32> var_433;
    wp::vec_t<3, wp::float32> var_434;
    wp::float32* var_435;
    wp::float32 var_436;
    wp::float32 var_437;
    wp::float32 var_438;
    const wp::int32 var_439 = 2;
    const wp::int32 var_440 = 0;
    wp::float32 var_441;
    wp::float32 var_442;
    const wp::int32 var_443 = 0;
    const wp::int32 var_444 = 1;
    wp::float32 var_445;
    wp::float32 var_446;
    const wp::int32 var_447 = 3;
    wp::range_t var_448;
    wp::int32 var_449;
    const wp::int32 var_450 = 2;
    wp::float32 var_451;
    wp::float32 var_452;
    wp::float32 var_453;
    wp::float32 var_454;
    wp::float32 var_455;
    wp::float32 var_456;
    wp::float32 var_457;
    wp::vec_t<3, wp::float32> var_458;
    wp::vec_t<3, wp::float32> var_459;
    wp::vec_t<3, wp::float32> var_460;
    wp::int32 var_461;
    wp::int32 var_462;
    wp::int32 var_463;
    bool var_464;
    const wp::int32 var_465 = 0;
    bool var_466;
    const wp::int32 var_467 = 0;
    bool var_468;
    const wp::int32 var_469 = 0;
    bool var_470;
    wp::float32 var_471;
    wp::float32 var_472;
    wp::vec_t<3, wp::float32> var_473;
    wp::int32 var_474;
    wp::int32 var_475;
    wp::int32 var_476;
    bool var_477;
    wp::shape_t* var_478;
    const wp::int32 var_479 = 0;
    wp::int32 var_480;
    wp::shape_t var_481;
    bool var_482;
    wp::shape_t* var_483;
    const wp::int32 var_484 = 1;
    wp::int32 var_485;
    wp::shape_t var_486;
    bool var_487;
    wp::shape_t* var_488;
    const wp::int32 var_489 = 2;
    wp::int32 var_490;
    wp::shape_t var_491;
    bool var_492;
    wp::float32 var_493;
    wp::float32 var_494;
    wp::vec_t<3, wp::float32> var_495;
    wp::int32 var_496;
    wp::int32 var_497;
    wp::int32 var_498;
    wp::vec_t<3, wp::float32> var_499;
    wp::vec_t<3, wp::float32> var_500;
    wp::vec_t<3, wp::float32> var_501;
    wp::vec_t<3, wp::float32> var_502;
    wp::float32* var_503;
    wp::float32 var_504;
    wp::float32 var_505;
    wp::float32 var_506;
    const wp::int32 var_507 = 1;
    const wp::int32 var_508 = 1;
    wp::float32 var_509;
    wp::float32 var_510;
    const wp::int32 var_511 = 3;
    wp::range_t var_512;
    wp::int32 var_513;
    const wp::int32 var_514 = 2;
    wp::float32 var_515;
    wp::float32 var_516;
    wp::float32 var_517;
    wp::float32 var_518;
    wp::float32 var_519;
    wp::float32 var_520;
    wp::float32 var_521;
    wp::vec_t<3, wp::float32> var_522;
    wp::vec_t<3, wp::float32> var_523;
    wp::vec_t<3, wp::float32> var_524;
    wp::int32 var_525;
    wp::int32 var_526;
    wp::int32 var_527;
    bool var_528;
    const wp::int32 var_529 = 0;
    bool var_530;
    const wp::int32 var_531 = 0;
    bool var_532;
    const wp::int32 var_533 = 0;
    bool var_534;
    wp::float32 var_535;
    wp::float32 var_536;
    wp::vec_t<3, wp::float32> var_537;
    wp::int32 var_538;
    wp::int32 var_539;
    wp::int32 var_540;
    bool var_541;
    wp::shape_t* var_542;
    const wp::int32 var_543 = 0;
    wp::int32 var_544;
    wp::shape_t var_545;
    bool var_546;
    wp::shape_t* var_547;
    const wp::int32 var_548 = 1;
    wp::int32 var_549;
    wp::shape_t var_550;
    bool var_551;
    wp::shape_t* var_552;
    const wp::int32 var_553 = 2;
    wp::int32 var_554;
    wp::shape_t var_555;
    bool var_556;
    wp::float32 var_557;
    wp::float32 var_558;
    wp::vec_t<3, wp::float32> var_559;
    wp::int32 var_560;
    wp::int32 var_561;
    wp::int32 var_562;
    wp::vec_t<3, wp::float32> var_563;
    wp::vec_t<3, wp::float32> var_564;
    wp::vec_t<3, wp::float32> var_565;
    wp::vec_t<3, wp::float32> var_566;
    wp::float32* var_567;
    wp::float32 var_568;
    wp::float32 var_569;
    wp::float32 var_570;
    const wp::int32 var_571 = 2;
    const wp::int32 var_572 = 1;
    wp::float32 var_573;
    wp::float32 var_574;
    const wp::int32 var_575 = 3;
    wp::range_t var_576;
    wp::int32 var_577;
    const wp::int32 var_578 = 2;
    wp::float32 var_579;
    wp::float32 var_580;
    wp::float32 var_581;
    wp::float32 var_582;
    wp::float32 var_583;
    wp::float32 var_584;
    wp::float32 var_585;
    wp::vec_t<3, wp::float32> var_586;
    wp::vec_t<3, wp::float32> var_587;
    wp::vec_t<3, wp::float32> var_588;
    wp::int32 var_589;
    wp::int32 var_590;
    wp::int32 var_591;
    bool var_592;
    const wp::int32 var_593 = 0;
    bool var_594;
    const wp::int32 var_595 = 0;
    bool var_596;
    const wp::int32 var_597 = 0;
    bool var_598;
    wp::float32 var_599;
    wp::float32 var_600;
    wp::vec_t<3, wp::float32> var_601;
    wp::int32 var_602;
    wp::int32 var_603;
    wp::int32 var_604;
    bool var_605;
    wp::shape_t* var_606;
    const wp::int32 var_607 = 0;
    wp::int32 var_608;
    wp::shape_t var_609;
    bool var_610;
    wp::shape_t* var_611;
    const wp::int32 var_612 = 1;
    wp::int32 var_613;
    wp::shape_t var_614;
    bool var_615;
    wp::shape_t* var_616;
    const wp::int32 var_617 = 2;
    wp::int32 var_618;
    wp::shape_t var_619;
    bool var_620;
    wp::float32 var_621;
    wp::float32 var_622;
    wp::vec_t<3, wp::float32> var_623;
    wp::int32 var_624;
    wp::int32 var_625;
    wp::int32 var_626;
    wp::vec_t<3, wp::float32> var_627;
    wp::vec_t<3, wp::float32> var_628;
    wp::vec_t<3, wp::float32> var_629;
    wp::vec_t<3, wp::float32> var_630;
    wp::float32* var_631;
    wp::float32 var_632;
    wp::float32 var_633;
    wp::float32 var_634;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_28 = {};
    wp::array_t<wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::array_t<wp::float32> adj_31 = {};
    wp::mat_t<3, 3, wp::float32> adj_32 = {};
    wp::mat_t<3, 3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::mat_t<3, 3, wp::float32> adj_43 = {};
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_44 = {};
    wp::mat_t<3, 3, wp::float32> adj_45 = {};
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_46 = {};
    wp::float32 adj_47 = {};
    wp::mat_t<3, 3, wp::float32> adj_48 = {};
    wp::mat_t<3, 3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::mat_t<3, 3, wp::float32> adj_51 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::range_t adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    bool adj_84 = {};
    wp::int32 adj_85 = {};
    bool adj_86 = {};
    wp::int32 adj_87 = {};
    bool adj_88 = {};
    wp::int32 adj_89 = {};
    bool adj_90 = {};
    bool adj_91 = {};
    wp::shape_t adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::shape_t adj_95 = {};
    bool adj_96 = {};
    wp::shape_t adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::shape_t adj_100 = {};
    bool adj_101 = {};
    wp::shape_t adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::shape_t adj_105 = {};
    bool adj_106 = {};
    wp::vec_t<3, wp::float32> adj_107 = {};
    wp::vec_t<3, wp::float32> adj_108 = {};
    wp::vec_t<3, wp::float32> adj_109 = {};
    wp::vec_t<3, wp::float32> adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::range_t adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    wp::float32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::vec_t<3, wp::float32> adj_130 = {};
    wp::vec_t<3, wp::float32> adj_131 = {};
    wp::vec_t<3, wp::float32> adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::int32 adj_135 = {};
    bool adj_136 = {};
    wp::int32 adj_137 = {};
    bool adj_138 = {};
    wp::int32 adj_139 = {};
    bool adj_140 = {};
    wp::int32 adj_141 = {};
    bool adj_142 = {};
    wp::float32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::vec_t<3, wp::float32> adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    wp::int32 adj_148 = {};
    bool adj_149 = {};
    wp::shape_t adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::shape_t adj_153 = {};
    bool adj_154 = {};
    wp::shape_t adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::shape_t adj_158 = {};
    bool adj_159 = {};
    wp::shape_t adj_160 = {};
    wp::int32 adj_161 = {};
    wp::int32 adj_162 = {};
    wp::shape_t adj_163 = {};
    bool adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::vec_t<3, wp::float32> adj_167 = {};
    wp::int32 adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::vec_t<3, wp::float32> adj_171 = {};
    wp::vec_t<3, wp::float32> adj_172 = {};
    wp::vec_t<3, wp::float32> adj_173 = {};
    wp::vec_t<3, wp::float32> adj_174 = {};
    wp::float32 adj_175 = {};
    wp::float32 adj_176 = {};
    wp::float32 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::int32 adj_183 = {};
    wp::range_t adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::float32 adj_188 = {};
    wp::float32 adj_189 = {};
    wp::float32 adj_190 = {};
    wp::float32 adj_191 = {};
    wp::float32 adj_192 = {};
    wp::float32 adj_193 = {};
    wp::vec_t<3, wp::float32> adj_194 = {};
    wp::vec_t<3, wp::float32> adj_195 = {};
    wp::vec_t<3, wp::float32> adj_196 = {};
    wp::int32 adj_197 = {};
    wp::int32 adj_198 = {};
    wp::int32 adj_199 = {};
    bool adj_200 = {};
    wp::int32 adj_201 = {};
    bool adj_202 = {};
    wp::int32 adj_203 = {};
    bool adj_204 = {};
    wp::int32 adj_205 = {};
    bool adj_206 = {};
    wp::float32 adj_207 = {};
    wp::float32 adj_208 = {};
    wp::vec_t<3, wp::float32> adj_209 = {};
    wp::int32 adj_210 = {};
    wp::int32 adj_211 = {};
    wp::int32 adj_212 = {};
    bool adj_213 = {};
    wp::shape_t adj_214 = {};
    wp::int32 adj_215 = {};
    wp::int32 adj_216 = {};
    wp::shape_t adj_217 = {};
    bool adj_218 = {};
    wp::shape_t adj_219 = {};
    wp::int32 adj_220 = {};
    wp::int32 adj_221 = {};
    wp::shape_t adj_222 = {};
    bool adj_223 = {};
    wp::shape_t adj_224 = {};
    wp::int32 adj_225 = {};
    wp::int32 adj_226 = {};
    wp::shape_t adj_227 = {};
    bool adj_228 = {};
    wp::float32 adj_229 = {};
    wp::float32 adj_230 = {};
    wp::vec_t<3, wp::float32> adj_231 = {};
    wp::int32 adj_232 = {};
    wp::int32 adj_233 = {};
    wp::int32 adj_234 = {};
    wp::vec_t<3, wp::float32> adj_235 = {};
    wp::vec_t<3, wp::float32> adj_236 = {};
    wp::vec_t<3, wp::float32> adj_237 = {};
    wp::vec_t<3, wp::float32> adj_238 = {};
    wp::float32 adj_239 = {};
    wp::float32 adj_240 = {};
    wp::float32 adj_241 = {};
    wp::float32 adj_242 = {};
    wp::int32 adj_243 = {};
    wp::int32 adj_244 = {};
    wp::float32 adj_245 = {};
    wp::float32 adj_246 = {};
    wp::int32 adj_247 = {};
    wp::int32 adj_248 = {};
    wp::float32 adj_249 = {};
    wp::float32 adj_250 = {};
    wp::int32 adj_251 = {};
    wp::range_t adj_252 = {};
    wp::int32 adj_253 = {};
    wp::int32 adj_254 = {};
    wp::float32 adj_255 = {};
    wp::float32 adj_256 = {};
    wp::float32 adj_257 = {};
    wp::float32 adj_258 = {};
    wp::float32 adj_259 = {};
    wp::float32 adj_260 = {};
    wp::float32 adj_261 = {};
    wp::vec_t<3, wp::float32> adj_262 = {};
    wp::vec_t<3, wp::float32> adj_263 = {};
    wp::vec_t<3, wp::float32> adj_264 = {};
    wp::int32 adj_265 = {};
    wp::int32 adj_266 = {};
    wp::int32 adj_267 = {};
    bool adj_268 = {};
    wp::int32 adj_269 = {};
    bool adj_270 = {};
    wp::int32 adj_271 = {};
    bool adj_272 = {};
    wp::int32 adj_273 = {};
    bool adj_274 = {};
    wp::float32 adj_275 = {};
    wp::float32 adj_276 = {};
    wp::vec_t<3, wp::float32> adj_277 = {};
    wp::int32 adj_278 = {};
    wp::int32 adj_279 = {};
    wp::int32 adj_280 = {};
    bool adj_281 = {};
    wp::shape_t adj_282 = {};
    wp::int32 adj_283 = {};
    wp::int32 adj_284 = {};
    wp::shape_t adj_285 = {};
    bool adj_286 = {};
    wp::shape_t adj_287 = {};
    wp::int32 adj_288 = {};
    wp::int32 adj_289 = {};
    wp::shape_t adj_290 = {};
    bool adj_291 = {};
    wp::shape_t adj_292 = {};
    wp::int32 adj_293 = {};
    wp::int32 adj_294 = {};
    wp::shape_t adj_295 = {};
    bool adj_296 = {};
    wp::float32 adj_297 = {};
    wp::float32 adj_298 = {};
    wp::vec_t<3, wp::float32> adj_299 = {};
    wp::int32 adj_300 = {};
    wp::int32 adj_301 = {};
    wp::int32 adj_302 = {};
    wp::vec_t<3, wp::float32> adj_303 = {};
    wp::vec_t<3, wp::float32> adj_304 = {};
    wp::vec_t<3, wp::float32> adj_305 = {};
    wp::vec_t<3, wp::float32> adj_306 = {};
    wp::float32 adj_307 = {};
    wp::float32 adj_308 = {};
    wp::float32 adj_309 = {};
    wp::float32 adj_310 = {};
    wp::int32 adj_311 = {};
    wp::int32 adj_312 = {};
    wp::float32 adj_313 = {};
    wp::float32 adj_314 = {};
    wp::int32 adj_315 = {};
    wp::range_t adj_316 = {};
    wp::int32 adj_317 = {};
    wp::int32 adj_318 = {};
    wp::float32 adj_319 = {};
    wp::float32 adj_320 = {};
    wp::float32 adj_321 = {};
    wp::float32 adj_322 = {};
    wp::float32 adj_323 = {};
    wp::float32 adj_324 = {};
    wp::float32 adj_325 = {};
    wp::vec_t<3, wp::float32> adj_326 = {};
    wp::vec_t<3, wp::float32> adj_327 = {};
    wp::vec_t<3, wp::float32> adj_328 = {};
    wp::int32 adj_329 = {};
    wp::int32 adj_330 = {};
    wp::int32 adj_331 = {};
    bool adj_332 = {};
    wp::int32 adj_333 = {};
    bool adj_334 = {};
    wp::int32 adj_335 = {};
    bool adj_336 = {};
    wp::int32 adj_337 = {};
    bool adj_338 = {};
    wp::float32 adj_339 = {};
    wp::float32 adj_340 = {};
    wp::vec_t<3, wp::float32> adj_341 = {};
    wp::int32 adj_342 = {};
    wp::int32 adj_343 = {};
    wp::int32 adj_344 = {};
    bool adj_345 = {};
    wp::shape_t adj_346 = {};
    wp::int32 adj_347 = {};
    wp::int32 adj_348 = {};
    wp::shape_t adj_349 = {};
    bool adj_350 = {};
    wp::shape_t adj_351 = {};
    wp::int32 adj_352 = {};
    wp::int32 adj_353 = {};
    wp::shape_t adj_354 = {};
    bool adj_355 = {};
    wp::shape_t adj_356 = {};
    wp::int32 adj_357 = {};
    wp::int32 adj_358 = {};
    wp::shape_t adj_359 = {};
    bool adj_360 = {};
    wp::float32 adj_361 = {};
    wp::float32 adj_362 = {};
    wp::vec_t<3, wp::float32> adj_363 = {};
    wp::int32 adj_364 = {};
    wp::int32 adj_365 = {};
    wp::int32 adj_366 = {};
    wp::vec_t<3, wp::float32> adj_367 = {};
    wp::vec_t<3, wp::float32> adj_368 = {};
    wp::vec_t<3, wp::float32> adj_369 = {};
    wp::vec_t<3, wp::float32> adj_370 = {};
    wp::float32 adj_371 = {};
    wp::float32 adj_372 = {};
    wp::float32 adj_373 = {};
    wp::float32 adj_374 = {};
    wp::int32 adj_375 = {};
    wp::int32 adj_376 = {};
    wp::float32 adj_377 = {};
    wp::float32 adj_378 = {};
    wp::int32 adj_379 = {};
    wp::range_t adj_380 = {};
    wp::int32 adj_381 = {};
    wp::int32 adj_382 = {};
    wp::float32 adj_383 = {};
    wp::float32 adj_384 = {};
    wp::float32 adj_385 = {};
    wp::float32 adj_386 = {};
    wp::float32 adj_387 = {};
    wp::float32 adj_388 = {};
    wp::float32 adj_389 = {};
    wp::vec_t<3, wp::float32> adj_390 = {};
    wp::vec_t<3, wp::float32> adj_391 = {};
    wp::vec_t<3, wp::float32> adj_392 = {};
    wp::int32 adj_393 = {};
    wp::int32 adj_394 = {};
    wp::int32 adj_395 = {};
    bool adj_396 = {};
    wp::int32 adj_397 = {};
    bool adj_398 = {};
    wp::int32 adj_399 = {};
    bool adj_400 = {};
    wp::int32 adj_401 = {};
    bool adj_402 = {};
    wp::float32 adj_403 = {};
    wp::float32 adj_404 = {};
    wp::vec_t<3, wp::float32> adj_405 = {};
    wp::int32 adj_406 = {};
    wp::int32 adj_407 = {};
    wp::int32 adj_408 = {};
    bool adj_409 = {};
    wp::shape_t adj_410 = {};
    wp::int32 adj_411 = {};
    wp::int32 adj_412 = {};
    wp::shape_t adj_413 = {};
    bool adj_414 = {};
    wp::shape_t adj_415 = {};
    wp::int32 adj_416 = {};
    wp::int32 adj_417 = {};
    wp::shape_t adj_418 = {};
    bool adj_419 = {};
    wp::shape_t adj_420 = {};
    wp::int32 adj_421 = {};
    wp::int32 adj_422 = {};
    wp::shape_t adj_423 = {};
    bool adj_424 = {};
    wp::float32 adj_425 = {};
    wp::float32 adj_426 = {};
    wp::vec_t<3, wp::float32> adj_427 = {};
    wp::int32 adj_428 = {};
    wp::int32 adj_429 = {};
    wp::int32 adj_430 = {};
    wp::vec_t<3, wp::float32> adj_431 = {};
    wp::vec_t<3, wp::float32> adj_432 = {};
    wp::vec_t<3, wp::float32> adj_433 = {};
    wp::vec_t<3, wp::float32> adj_434 = {};
    wp::float32 adj_435 = {};
    wp::float32 adj_436 = {};
    wp::float32 adj_437 = {};
    wp::float32 adj_438 = {};
    wp::int32 adj_439 = {};
    wp::int32 adj_440 = {};
    wp::float32 adj_441 = {};
    wp::float32 adj_442 = {};
    wp::int32 adj_443 = {};
    wp::int32 adj_444 = {};
    wp::float32 adj_445 = {};
    wp::float32 adj_446 = {};
    wp::int32 adj_447 = {};
    wp::range_t adj_448 = {};
    wp::int32 adj_449 = {};
    wp::int32 adj_450 = {};
    wp::float32 adj_451 = {};
    wp::float32 adj_452 = {};
    wp::float32 adj_453 = {};
    wp::float32 adj_454 = {};
    wp::float32 adj_455 = {};
    wp::float32 adj_456 = {};
    wp::float32 adj_457 = {};
    wp::vec_t<3, wp::float32> adj_458 = {};
    wp::vec_t<3, wp::float32> adj_459 = {};
    wp::vec_t<3, wp::float32> adj_460 = {};
    wp::int32 adj_461 = {};
    wp::int32 adj_462 = {};
    wp::int32 adj_463 = {};
    bool adj_464 = {};
    wp::int32 adj_465 = {};
    bool adj_466 = {};
    wp::int32 adj_467 = {};
    bool adj_468 = {};
    wp::int32 adj_469 = {};
    bool adj_470 = {};
    wp::float32 adj_471 = {};
    wp::float32 adj_472 = {};
    wp::vec_t<3, wp::float32> adj_473 = {};
    wp::int32 adj_474 = {};
    wp::int32 adj_475 = {};
    wp::int32 adj_476 = {};
    bool adj_477 = {};
    wp::shape_t adj_478 = {};
    wp::int32 adj_479 = {};
    wp::int32 adj_480 = {};
    wp::shape_t adj_481 = {};
    bool adj_482 = {};
    wp::shape_t adj_483 = {};
    wp::int32 adj_484 = {};
    wp::int32 adj_485 = {};
    wp::shape_t adj_486 = {};
    bool adj_487 = {};
    wp::shape_t adj_488 = {};
    wp::int32 adj_489 = {};
    wp::int32 adj_490 = {};
    wp::shape_t adj_491 = {};
    bool adj_492 = {};
    wp::float32 adj_493 = {};
    wp::float32 adj_494 = {};
    wp::vec_t<3, wp::float32> adj_495 = {};
    wp::int32 adj_496 = {};
    wp::int32 adj_497 = {};
    wp::int32 adj_498 = {};
    wp::vec_t<3, wp::float32> adj_499 = {};
    wp::vec_t<3, wp::float32> adj_500 = {};
    wp::vec_t<3, wp::float32> adj_501 = {};
    wp::vec_t<3, wp::float32> adj_502 = {};
    wp::float32 adj_503 = {};
    wp::float32 adj_504 = {};
    wp::float32 adj_505 = {};
    wp::float32 adj_506 = {};
    wp::int32 adj_507 = {};
    wp::int32 adj_508 = {};
    wp::float32 adj_509 = {};
    wp::float32 adj_510 = {};
    wp::int32 adj_511 = {};
    wp::range_t adj_512 = {};
    wp::int32 adj_513 = {};
    wp::int32 adj_514 = {};
    wp::float32 adj_515 = {};
    wp::float32 adj_516 = {};
    wp::float32 adj_517 = {};
    wp::float32 adj_518 = {};
    wp::float32 adj_519 = {};
    wp::float32 adj_520 = {};
    wp::float32 adj_521 = {};
    wp::vec_t<3, wp::float32> adj_522 = {};
    wp::vec_t<3, wp::float32> adj_523 = {};
    wp::vec_t<3, wp::float32> adj_524 = {};
    wp::int32 adj_525 = {};
    wp::int32 adj_526 = {};
    wp::int32 adj_527 = {};
    bool adj_528 = {};
    wp::int32 adj_529 = {};
    bool adj_530 = {};
    wp::int32 adj_531 = {};
    bool adj_532 = {};
    wp::int32 adj_533 = {};
    bool adj_534 = {};
    wp::float32 adj_535 = {};
    wp::float32 adj_536 = {};
    wp::vec_t<3, wp::float32> adj_537 = {};
    wp::int32 adj_538 = {};
    wp::int32 adj_539 = {};
    wp::int32 adj_540 = {};
    bool adj_541 = {};
    wp::shape_t adj_542 = {};
    wp::int32 adj_543 = {};
    wp::int32 adj_544 = {};
    wp::shape_t adj_545 = {};
    bool adj_546 = {};
    wp::shape_t adj_547 = {};
    wp::int32 adj_548 = {};
    wp::int32 adj_549 = {};
    wp::shape_t adj_550 = {};
    bool adj_551 = {};
    wp::shape_t adj_552 = {};
    wp::int32 adj_553 = {};
    wp::int32 adj_554 = {};
    wp::shape_t adj_555 = {};
    bool adj_556 = {};
    wp::float32 adj_557 = {};
    wp::float32 adj_558 = {};
    wp::vec_t<3, wp::float32> adj_559 = {};
    wp::int32 adj_560 = {};
    wp::int32 adj_561 = {};
    wp::int32 adj_562 = {};
    wp::vec_t<3, wp::float32> adj_563 = {};
    wp::vec_t<3, wp::float32> adj_564 = {};
    wp::vec_t<3, wp::float32> adj_565 = {};
    wp::vec_t<3, wp::float32> adj_566 = {};
    wp::float32 adj_567 = {};
    wp::float32 adj_568 = {};
    wp::float32 adj_569 = {};
    wp::float32 adj_570 = {};
    wp::int32 adj_571 = {};
    wp::int32 adj_572 = {};
    wp::float32 adj_573 = {};
    wp::float32 adj_574 = {};
    wp::int32 adj_575 = {};
    wp::range_t adj_576 = {};
    wp::int32 adj_577 = {};
    wp::int32 adj_578 = {};
    wp::float32 adj_579 = {};
    wp::float32 adj_580 = {};
    wp::float32 adj_581 = {};
    wp::float32 adj_582 = {};
    wp::float32 adj_583 = {};
    wp::float32 adj_584 = {};
    wp::float32 adj_585 = {};
    wp::vec_t<3, wp::float32> adj_586 = {};
    wp::vec_t<3, wp::float32> adj_587 = {};
    wp::vec_t<3, wp::float32> adj_588 = {};
    wp::int32 adj_589 = {};
    wp::int32 adj_590 = {};
    wp::int32 adj_591 = {};
    bool adj_592 = {};
    wp::int32 adj_593 = {};
    bool adj_594 = {};
    wp::int32 adj_595 = {};
    bool adj_596 = {};
    wp::int32 adj_597 = {};
    bool adj_598 = {};
    wp::float32 adj_599 = {};
    wp::float32 adj_600 = {};
    wp::vec_t<3, wp::float32> adj_601 = {};
    wp::int32 adj_602 = {};
    wp::int32 adj_603 = {};
    wp::int32 adj_604 = {};
    bool adj_605 = {};
    wp::shape_t adj_606 = {};
    wp::int32 adj_607 = {};
    wp::int32 adj_608 = {};
    wp::shape_t adj_609 = {};
    bool adj_610 = {};
    wp::shape_t adj_611 = {};
    wp::int32 adj_612 = {};
    wp::int32 adj_613 = {};
    wp::shape_t adj_614 = {};
    bool adj_615 = {};
    wp::shape_t adj_616 = {};
    wp::int32 adj_617 = {};
    wp::int32 adj_618 = {};
    wp::shape_t adj_619 = {};
    bool adj_620 = {};
    wp::float32 adj_621 = {};
    wp::float32 adj_622 = {};
    wp::vec_t<3, wp::float32> adj_623 = {};
    wp::int32 adj_624 = {};
    wp::int32 adj_625 = {};
    wp::int32 adj_626 = {};
    wp::vec_t<3, wp::float32> adj_627 = {};
    wp::vec_t<3, wp::float32> adj_628 = {};
    wp::vec_t<3, wp::float32> adj_629 = {};
    wp::vec_t<3, wp::float32> adj_630 = {};
    wp::float32 adj_631 = {};
    wp::float32 adj_632 = {};
    wp::float32 adj_633 = {};
    wp::float32 adj_634 = {};
    //---------
    // forward
    // def p2g(                                                                               <L 47>
    // p = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // xp = ps.x[p] * inv_dx                                                                  <L 58>
    var_1 = &((var_ps).x);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::mul(var_5, var_inv_dx);
    // base_x = int(xp[0] - 0.5)                                                              <L 59>
    var_7 = wp::extract(var_4, var_6);
    var_9 = wp::sub(var_7, var_8);
    var_10 = wp::int(var_9);
    // base_y = int(xp[1] - 0.5)                                                              <L 60>
    var_12 = wp::extract(var_4, var_11);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::int(var_14);
    // base_z = int(xp[2] - 0.5)                                                              <L 61>
    var_17 = wp::extract(var_4, var_16);
    var_19 = wp::sub(var_17, var_18);
    var_20 = wp::int(var_19);
    // fx = xp - wp.vec3(float(base_x), float(base_y), float(base_z))                         <L 62>
    var_21 = wp::float(var_10);
    var_22 = wp::float(var_15);
    var_23 = wp::float(var_20);
    var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
    var_25 = wp::sub(var_4, var_24);
    // stress = snow_stress(ps.F[p], ps.Jp[p], mu0, lam0, hardening)                          <L 63>
    var_26 = &((var_ps).F);
    var_28 = wp::load(var_26);
    var_27 = wp::address(var_28, var_0);
    var_29 = &((var_ps).Jp);
    var_31 = wp::load(var_29);
    var_30 = wp::address(var_31, var_0);
    var_33 = wp::load(var_27);
    var_34 = wp::load(var_30);
    var_32 = snow_stress_0(var_33, var_34, var_mu0, var_lam0, var_hardening);
    // stress = stress * (-dt * ps.volume * 4.0 * inv_dx * inv_dx)                            <L 64>
    var_35 = wp::neg(var_dt);
    var_36 = &((var_ps).volume);
    var_38 = wp::load(var_36);
    var_37 = wp::mul(var_35, var_38);
    var_40 = wp::mul(var_37, var_39);
    var_41 = wp::mul(var_40, var_inv_dx);
    var_42 = wp::mul(var_41, var_inv_dx);
    var_43 = wp::mul(var_32, var_42);
    // affine = stress + ps.C[p] * ps.mass                                                    <L 65>
    var_44 = &((var_ps).C);
    var_46 = wp::load(var_44);
    var_45 = wp::address(var_46, var_0);
    var_47 = &((var_ps).mass);
    var_49 = wp::load(var_45);
    var_50 = wp::load(var_47);
    var_48 = wp::mul(var_49, var_50);
    var_51 = wp::add(var_43, var_48);
    // mv = ps.v[p] * ps.mass                                                                 <L 66>
    var_52 = &((var_ps).v);
    var_54 = wp::load(var_52);
    var_53 = wp::address(var_54, var_0);
    var_55 = &((var_ps).mass);
    var_57 = wp::load(var_53);
    var_58 = wp::load(var_55);
    var_56 = wp::mul(var_57, var_58);
    // for i in range(3):                                                                     <L 67>
    // wi = weight_component(fx[0], i)                                                        <L 68>
    var_61 = wp::extract(var_25, var_60);
    var_62 = weight_component_0(var_61, var_59);
    // for j in range(3):                                                                     <L 69>
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_65 = wp::extract(var_25, var_64);
    var_66 = weight_component_0(var_65, var_63);
    // for k in range(3):                                                                     <L 71>
    var_68 = wp::range(var_67);
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_117 = wp::extract(var_25, var_116);
    var_118 = weight_component_0(var_117, var_115);
    // for k in range(3):                                                                     <L 71>
    var_120 = wp::range(var_119);
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_181 = wp::extract(var_25, var_180);
    var_182 = weight_component_0(var_181, var_179);
    // for k in range(3):                                                                     <L 71>
    var_184 = wp::range(var_183);
    // wi = weight_component(fx[0], i)                                                        <L 68>
    var_245 = wp::extract(var_25, var_244);
    var_246 = weight_component_0(var_245, var_243);
    // for j in range(3):                                                                     <L 69>
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_249 = wp::extract(var_25, var_248);
    var_250 = weight_component_0(var_249, var_247);
    // for k in range(3):                                                                     <L 71>
    var_252 = wp::range(var_251);
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_313 = wp::extract(var_25, var_312);
    var_314 = weight_component_0(var_313, var_311);
    // for k in range(3):                                                                     <L 71>
    var_316 = wp::range(var_315);
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_377 = wp::extract(var_25, var_376);
    var_378 = weight_component_0(var_377, var_375);
    // for k in range(3):                                                                     <L 71>
    var_380 = wp::range(var_379);
    // wi = weight_component(fx[0], i)                                                        <L 68>
    var_441 = wp::extract(var_25, var_440);
    var_442 = weight_component_0(var_441, var_439);
    // for j in range(3):                                                                     <L 69>
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_445 = wp::extract(var_25, var_444);
    var_446 = weight_component_0(var_445, var_443);
    // for k in range(3):                                                                     <L 71>
    var_448 = wp::range(var_447);
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_509 = wp::extract(var_25, var_508);
    var_510 = weight_component_0(var_509, var_507);
    // for k in range(3):                                                                     <L 71>
    var_512 = wp::range(var_511);
    // wj = weight_component(fx[1], j)                                                        <L 70>
    var_573 = wp::extract(var_25, var_572);
    var_574 = weight_component_0(var_573, var_571);
    // for k in range(3):                                                                     <L 71>
    var_576 = wp::range(var_575);
    //---------
    // reverse
    var_576 = wp::iter_reverse(var_576);
    start_for_16:;
        if (iter_cmp(var_576) == 0) goto end_for_16;
        var_577 = wp::iter_next(var_576);
    	adj_578 = {};
    	adj_579 = {};
    	adj_580 = {};
    	adj_581 = {};
    	adj_582 = {};
    	adj_583 = {};
    	adj_584 = {};
    	adj_585 = {};
    	adj_586 = {};
    	adj_587 = {};
    	adj_588 = {};
    	adj_589 = {};
    	adj_590 = {};
    	adj_591 = {};
    	adj_592 = {};
    	adj_593 = {};
    	adj_594 = {};
    	adj_595 = {};
    	adj_596 = {};
    	adj_597 = {};
    	adj_598 = {};
    	adj_599 = {};
    	adj_600 = {};
    	adj_601 = {};
    	adj_602 = {};
    	adj_603 = {};
    	adj_604 = {};
    	adj_605 = {};
    	adj_606 = {};
    	adj_607 = {};
    	adj_608 = {};
    	adj_609 = {};
    	adj_610 = {};
    	adj_611 = {};
    	adj_612 = {};
    	adj_613 = {};
    	adj_614 = {};
    	adj_615 = {};
    	adj_616 = {};
    	adj_617 = {};
    	adj_618 = {};
    	adj_619 = {};
    	adj_620 = {};
    	adj_621 = {};
    	adj_622 = {};
    	adj_623 = {};
    	adj_624 = {};
    	adj_625 = {};
    	adj_626 = {};
    	adj_627 = {};
    	adj_628 = {};
    	adj_629 = {};
    	adj_630 = {};
    	adj_631 = {};
    	adj_632 = {};
    	adj_633 = {};
    	adj_634 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_579 = wp::extract(var_25, var_578);
        var_580 = weight_component_0(var_579, var_577);
        // w = wi * wj * wk                                                                   <L 73>
        var_581 = wp::mul(var_442, var_574);
        var_582 = wp::mul(var_581, var_580);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_583 = wp::float(var_439);
        var_584 = wp::float(var_571);
        var_585 = wp::float(var_577);
        var_586 = wp::vec_t<3, wp::float32>(var_583, var_584, var_585);
        var_587 = wp::sub(var_586, var_25);
        var_588 = wp::div(var_587, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_589 = wp::add(var_10, var_439);
        // gj = base_y + j                                                                    <L 76>
        var_590 = wp::add(var_15, var_571);
        // gk = base_z + k                                                                    <L 77>
        var_591 = wp::add(var_20, var_577);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_594 = (var_589 < var_593);
        var_592 = var_594;
        if (!var_592) {
            var_596 = (var_590 < var_595);
            var_592 = var_592 || var_596;
        }
        if (!var_592) {
            var_598 = (var_591 < var_597);
            var_592 = var_592 || var_598;
        }
        if (var_592) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_580);
            wp::assign(var_74, var_582);
            wp::assign(var_80, var_588);
            wp::assign(var_81, var_589);
            wp::assign(var_82, var_590);
            wp::assign(var_83, var_591);
            goto start_for_16;
        }
        var_599 = wp::where(var_592, var_72, var_580);
        var_600 = wp::where(var_592, var_74, var_582);
        var_601 = wp::where(var_592, var_80, var_588);
        var_602 = wp::where(var_592, var_81, var_589);
        var_603 = wp::where(var_592, var_82, var_590);
        var_604 = wp::where(var_592, var_83, var_591);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_606 = &(var_grid_m.shape);
        var_609 = wp::load(var_606);
        var_608 = wp::extract(var_609, var_607);
        var_610 = (var_602 >= var_608);
        var_605 = var_610;
        if (!var_605) {
            var_611 = &(var_grid_m.shape);
            var_614 = wp::load(var_611);
            var_613 = wp::extract(var_614, var_612);
            var_615 = (var_603 >= var_613);
            var_605 = var_605 || var_615;
        }
        if (!var_605) {
            var_616 = &(var_grid_m.shape);
            var_619 = wp::load(var_616);
            var_618 = wp::extract(var_619, var_617);
            var_620 = (var_604 >= var_618);
            var_605 = var_605 || var_620;
        }
        if (var_605) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_599);
            wp::assign(var_74, var_600);
            wp::assign(var_80, var_601);
            wp::assign(var_81, var_602);
            wp::assign(var_82, var_603);
            wp::assign(var_83, var_604);
            goto start_for_16;
        }
        var_621 = wp::where(var_605, var_72, var_599);
        var_622 = wp::where(var_605, var_74, var_600);
        var_623 = wp::where(var_605, var_80, var_601);
        var_624 = wp::where(var_605, var_81, var_602);
        var_625 = wp::where(var_605, var_82, var_603);
        var_626 = wp::where(var_605, var_83, var_604);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_627 = wp::mul(var_51, var_623);
        var_628 = wp::add(var_56, var_627);
        var_629 = wp::mul(var_628, var_622);
        // var_630 = wp::atomic_add(var_grid_v, var_624, var_625, var_626, var_629);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_631 = &((var_ps).mass);
        var_633 = wp::load(var_631);
        var_632 = wp::mul(var_622, var_633);
        // var_634 = wp::atomic_add(var_grid_m, var_624, var_625, var_626, var_632);
        wp::assign(var_72, var_621);
        wp::assign(var_74, var_622);
        wp::assign(var_80, var_623);
        wp::assign(var_81, var_624);
        wp::assign(var_82, var_625);
        wp::assign(var_83, var_626);
        wp::adj_assign(var_83, var_626, adj_83, adj_626);
        wp::adj_assign(var_82, var_625, adj_82, adj_625);
        wp::adj_assign(var_81, var_624, adj_81, adj_624);
        wp::adj_assign(var_80, var_623, adj_80, adj_623);
        wp::adj_assign(var_74, var_622, adj_74, adj_622);
        wp::adj_assign(var_72, var_621, adj_72, adj_621);
        wp::adj_atomic_add(var_grid_m, var_624, var_625, var_626, var_632, adj_grid_m, adj_624, adj_625, adj_626, adj_632, adj_634);
        wp::adj_mul(var_622, var_633, adj_622, adj_631, adj_632);
        adj_ps.mass += adj_631;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_624, var_625, var_626, var_629, adj_grid_v, adj_624, adj_625, adj_626, adj_629, adj_630);
        wp::adj_mul(var_628, var_622, adj_628, adj_622, adj_629);
        wp::adj_add(var_56, var_627, adj_56, adj_627, adj_628);
        wp::adj_mul(var_51, var_623, adj_51, adj_623, adj_627);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_605, var_83, var_604, adj_605, adj_83, adj_604, adj_626);
        wp::adj_where(var_605, var_82, var_603, adj_605, adj_82, adj_603, adj_625);
        wp::adj_where(var_605, var_81, var_602, adj_605, adj_81, adj_602, adj_624);
        wp::adj_where(var_605, var_80, var_601, adj_605, adj_80, adj_601, adj_623);
        wp::adj_where(var_605, var_74, var_600, adj_605, adj_74, adj_600, adj_622);
        wp::adj_where(var_605, var_72, var_599, adj_605, adj_72, adj_599, adj_621);
        if (var_605) {
            wp::adj_assign(var_83, var_604, adj_83, adj_604);
            wp::adj_assign(var_82, var_603, adj_82, adj_603);
            wp::adj_assign(var_81, var_602, adj_81, adj_602);
            wp::adj_assign(var_80, var_601, adj_80, adj_601);
            wp::adj_assign(var_74, var_600, adj_74, adj_600);
            wp::adj_assign(var_72, var_599, adj_72, adj_599);
            // adj: continue                                                                  <L 81>
        }
        if (!var_605) {
            adj_grid_m.shape = adj_616;
        }
        if (!var_605) {
            adj_grid_m.shape = adj_611;
        }
        adj_grid_m.shape = adj_606;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_592, var_83, var_591, adj_592, adj_83, adj_591, adj_604);
        wp::adj_where(var_592, var_82, var_590, adj_592, adj_82, adj_590, adj_603);
        wp::adj_where(var_592, var_81, var_589, adj_592, adj_81, adj_589, adj_602);
        wp::adj_where(var_592, var_80, var_588, adj_592, adj_80, adj_588, adj_601);
        wp::adj_where(var_592, var_74, var_582, adj_592, adj_74, adj_582, adj_600);
        wp::adj_where(var_592, var_72, var_580, adj_592, adj_72, adj_580, adj_599);
        if (var_592) {
            wp::adj_assign(var_83, var_591, adj_83, adj_591);
            wp::adj_assign(var_82, var_590, adj_82, adj_590);
            wp::adj_assign(var_81, var_589, adj_81, adj_589);
            wp::adj_assign(var_80, var_588, adj_80, adj_588);
            wp::adj_assign(var_74, var_582, adj_74, adj_582);
            wp::adj_assign(var_72, var_580, adj_72, adj_580);
            // adj: continue                                                                  <L 79>
        }
        if (!var_592) {
        }
        if (!var_592) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_577, adj_20, adj_577, adj_591);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_571, adj_15, adj_571, adj_590);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_439, adj_10, adj_439, adj_589);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_587, var_inv_dx, adj_587, adj_inv_dx, adj_588);
        wp::adj_sub(var_586, var_25, adj_586, adj_25, adj_587);
        wp::adj_vec_t(var_583, var_584, var_585, adj_583, adj_584, adj_585, adj_586);
        wp::adj_float(var_577, adj_577, adj_585);
        wp::adj_float(var_571, adj_571, adj_584);
        wp::adj_float(var_439, adj_439, adj_583);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_581, var_580, adj_581, adj_580, adj_582);
        wp::adj_mul(var_442, var_574, adj_442, adj_574, adj_581);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_579, var_577, adj_579, adj_577, adj_580);
        wp::adj_extract(var_25, var_578, adj_25, adj_578, adj_579);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_16;
    end_for_16:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_573, var_571, adj_573, adj_571, adj_574);
    wp::adj_extract(var_25, var_572, adj_25, adj_572, adj_573);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    var_512 = wp::iter_reverse(var_512);
    start_for_14:;
        if (iter_cmp(var_512) == 0) goto end_for_14;
        var_513 = wp::iter_next(var_512);
    	adj_514 = {};
    	adj_515 = {};
    	adj_516 = {};
    	adj_517 = {};
    	adj_518 = {};
    	adj_519 = {};
    	adj_520 = {};
    	adj_521 = {};
    	adj_522 = {};
    	adj_523 = {};
    	adj_524 = {};
    	adj_525 = {};
    	adj_526 = {};
    	adj_527 = {};
    	adj_528 = {};
    	adj_529 = {};
    	adj_530 = {};
    	adj_531 = {};
    	adj_532 = {};
    	adj_533 = {};
    	adj_534 = {};
    	adj_535 = {};
    	adj_536 = {};
    	adj_537 = {};
    	adj_538 = {};
    	adj_539 = {};
    	adj_540 = {};
    	adj_541 = {};
    	adj_542 = {};
    	adj_543 = {};
    	adj_544 = {};
    	adj_545 = {};
    	adj_546 = {};
    	adj_547 = {};
    	adj_548 = {};
    	adj_549 = {};
    	adj_550 = {};
    	adj_551 = {};
    	adj_552 = {};
    	adj_553 = {};
    	adj_554 = {};
    	adj_555 = {};
    	adj_556 = {};
    	adj_557 = {};
    	adj_558 = {};
    	adj_559 = {};
    	adj_560 = {};
    	adj_561 = {};
    	adj_562 = {};
    	adj_563 = {};
    	adj_564 = {};
    	adj_565 = {};
    	adj_566 = {};
    	adj_567 = {};
    	adj_568 = {};
    	adj_569 = {};
    	adj_570 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_515 = wp::extract(var_25, var_514);
        var_516 = weight_component_0(var_515, var_513);
        // w = wi * wj * wk                                                                   <L 73>
        var_517 = wp::mul(var_442, var_510);
        var_518 = wp::mul(var_517, var_516);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_519 = wp::float(var_439);
        var_520 = wp::float(var_507);
        var_521 = wp::float(var_513);
        var_522 = wp::vec_t<3, wp::float32>(var_519, var_520, var_521);
        var_523 = wp::sub(var_522, var_25);
        var_524 = wp::div(var_523, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_525 = wp::add(var_10, var_439);
        // gj = base_y + j                                                                    <L 76>
        var_526 = wp::add(var_15, var_507);
        // gk = base_z + k                                                                    <L 77>
        var_527 = wp::add(var_20, var_513);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_530 = (var_525 < var_529);
        var_528 = var_530;
        if (!var_528) {
            var_532 = (var_526 < var_531);
            var_528 = var_528 || var_532;
        }
        if (!var_528) {
            var_534 = (var_527 < var_533);
            var_528 = var_528 || var_534;
        }
        if (var_528) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_516);
            wp::assign(var_74, var_518);
            wp::assign(var_80, var_524);
            wp::assign(var_81, var_525);
            wp::assign(var_82, var_526);
            wp::assign(var_83, var_527);
            goto start_for_14;
        }
        var_535 = wp::where(var_528, var_72, var_516);
        var_536 = wp::where(var_528, var_74, var_518);
        var_537 = wp::where(var_528, var_80, var_524);
        var_538 = wp::where(var_528, var_81, var_525);
        var_539 = wp::where(var_528, var_82, var_526);
        var_540 = wp::where(var_528, var_83, var_527);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_542 = &(var_grid_m.shape);
        var_545 = wp::load(var_542);
        var_544 = wp::extract(var_545, var_543);
        var_546 = (var_538 >= var_544);
        var_541 = var_546;
        if (!var_541) {
            var_547 = &(var_grid_m.shape);
            var_550 = wp::load(var_547);
            var_549 = wp::extract(var_550, var_548);
            var_551 = (var_539 >= var_549);
            var_541 = var_541 || var_551;
        }
        if (!var_541) {
            var_552 = &(var_grid_m.shape);
            var_555 = wp::load(var_552);
            var_554 = wp::extract(var_555, var_553);
            var_556 = (var_540 >= var_554);
            var_541 = var_541 || var_556;
        }
        if (var_541) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_535);
            wp::assign(var_74, var_536);
            wp::assign(var_80, var_537);
            wp::assign(var_81, var_538);
            wp::assign(var_82, var_539);
            wp::assign(var_83, var_540);
            goto start_for_14;
        }
        var_557 = wp::where(var_541, var_72, var_535);
        var_558 = wp::where(var_541, var_74, var_536);
        var_559 = wp::where(var_541, var_80, var_537);
        var_560 = wp::where(var_541, var_81, var_538);
        var_561 = wp::where(var_541, var_82, var_539);
        var_562 = wp::where(var_541, var_83, var_540);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_563 = wp::mul(var_51, var_559);
        var_564 = wp::add(var_56, var_563);
        var_565 = wp::mul(var_564, var_558);
        // var_566 = wp::atomic_add(var_grid_v, var_560, var_561, var_562, var_565);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_567 = &((var_ps).mass);
        var_569 = wp::load(var_567);
        var_568 = wp::mul(var_558, var_569);
        // var_570 = wp::atomic_add(var_grid_m, var_560, var_561, var_562, var_568);
        wp::assign(var_72, var_557);
        wp::assign(var_74, var_558);
        wp::assign(var_80, var_559);
        wp::assign(var_81, var_560);
        wp::assign(var_82, var_561);
        wp::assign(var_83, var_562);
        wp::adj_assign(var_83, var_562, adj_83, adj_562);
        wp::adj_assign(var_82, var_561, adj_82, adj_561);
        wp::adj_assign(var_81, var_560, adj_81, adj_560);
        wp::adj_assign(var_80, var_559, adj_80, adj_559);
        wp::adj_assign(var_74, var_558, adj_74, adj_558);
        wp::adj_assign(var_72, var_557, adj_72, adj_557);
        wp::adj_atomic_add(var_grid_m, var_560, var_561, var_562, var_568, adj_grid_m, adj_560, adj_561, adj_562, adj_568, adj_570);
        wp::adj_mul(var_558, var_569, adj_558, adj_567, adj_568);
        adj_ps.mass += adj_567;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_560, var_561, var_562, var_565, adj_grid_v, adj_560, adj_561, adj_562, adj_565, adj_566);
        wp::adj_mul(var_564, var_558, adj_564, adj_558, adj_565);
        wp::adj_add(var_56, var_563, adj_56, adj_563, adj_564);
        wp::adj_mul(var_51, var_559, adj_51, adj_559, adj_563);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_541, var_83, var_540, adj_541, adj_83, adj_540, adj_562);
        wp::adj_where(var_541, var_82, var_539, adj_541, adj_82, adj_539, adj_561);
        wp::adj_where(var_541, var_81, var_538, adj_541, adj_81, adj_538, adj_560);
        wp::adj_where(var_541, var_80, var_537, adj_541, adj_80, adj_537, adj_559);
        wp::adj_where(var_541, var_74, var_536, adj_541, adj_74, adj_536, adj_558);
        wp::adj_where(var_541, var_72, var_535, adj_541, adj_72, adj_535, adj_557);
        if (var_541) {
            wp::adj_assign(var_83, var_540, adj_83, adj_540);
            wp::adj_assign(var_82, var_539, adj_82, adj_539);
            wp::adj_assign(var_81, var_538, adj_81, adj_538);
            wp::adj_assign(var_80, var_537, adj_80, adj_537);
            wp::adj_assign(var_74, var_536, adj_74, adj_536);
            wp::adj_assign(var_72, var_535, adj_72, adj_535);
            // adj: continue                                                                  <L 81>
        }
        if (!var_541) {
            adj_grid_m.shape = adj_552;
        }
        if (!var_541) {
            adj_grid_m.shape = adj_547;
        }
        adj_grid_m.shape = adj_542;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_528, var_83, var_527, adj_528, adj_83, adj_527, adj_540);
        wp::adj_where(var_528, var_82, var_526, adj_528, adj_82, adj_526, adj_539);
        wp::adj_where(var_528, var_81, var_525, adj_528, adj_81, adj_525, adj_538);
        wp::adj_where(var_528, var_80, var_524, adj_528, adj_80, adj_524, adj_537);
        wp::adj_where(var_528, var_74, var_518, adj_528, adj_74, adj_518, adj_536);
        wp::adj_where(var_528, var_72, var_516, adj_528, adj_72, adj_516, adj_535);
        if (var_528) {
            wp::adj_assign(var_83, var_527, adj_83, adj_527);
            wp::adj_assign(var_82, var_526, adj_82, adj_526);
            wp::adj_assign(var_81, var_525, adj_81, adj_525);
            wp::adj_assign(var_80, var_524, adj_80, adj_524);
            wp::adj_assign(var_74, var_518, adj_74, adj_518);
            wp::adj_assign(var_72, var_516, adj_72, adj_516);
            // adj: continue                                                                  <L 79>
        }
        if (!var_528) {
        }
        if (!var_528) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_513, adj_20, adj_513, adj_527);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_507, adj_15, adj_507, adj_526);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_439, adj_10, adj_439, adj_525);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_523, var_inv_dx, adj_523, adj_inv_dx, adj_524);
        wp::adj_sub(var_522, var_25, adj_522, adj_25, adj_523);
        wp::adj_vec_t(var_519, var_520, var_521, adj_519, adj_520, adj_521, adj_522);
        wp::adj_float(var_513, adj_513, adj_521);
        wp::adj_float(var_507, adj_507, adj_520);
        wp::adj_float(var_439, adj_439, adj_519);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_517, var_516, adj_517, adj_516, adj_518);
        wp::adj_mul(var_442, var_510, adj_442, adj_510, adj_517);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_515, var_513, adj_515, adj_513, adj_516);
        wp::adj_extract(var_25, var_514, adj_25, adj_514, adj_515);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_14;
    end_for_14:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_509, var_507, adj_509, adj_507, adj_510);
    wp::adj_extract(var_25, var_508, adj_25, adj_508, adj_509);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    var_448 = wp::iter_reverse(var_448);
    start_for_12:;
        if (iter_cmp(var_448) == 0) goto end_for_12;
        var_449 = wp::iter_next(var_448);
    	adj_450 = {};
    	adj_451 = {};
    	adj_452 = {};
    	adj_453 = {};
    	adj_454 = {};
    	adj_455 = {};
    	adj_456 = {};
    	adj_457 = {};
    	adj_458 = {};
    	adj_459 = {};
    	adj_460 = {};
    	adj_461 = {};
    	adj_462 = {};
    	adj_463 = {};
    	adj_464 = {};
    	adj_465 = {};
    	adj_466 = {};
    	adj_467 = {};
    	adj_468 = {};
    	adj_469 = {};
    	adj_470 = {};
    	adj_471 = {};
    	adj_472 = {};
    	adj_473 = {};
    	adj_474 = {};
    	adj_475 = {};
    	adj_476 = {};
    	adj_477 = {};
    	adj_478 = {};
    	adj_479 = {};
    	adj_480 = {};
    	adj_481 = {};
    	adj_482 = {};
    	adj_483 = {};
    	adj_484 = {};
    	adj_485 = {};
    	adj_486 = {};
    	adj_487 = {};
    	adj_488 = {};
    	adj_489 = {};
    	adj_490 = {};
    	adj_491 = {};
    	adj_492 = {};
    	adj_493 = {};
    	adj_494 = {};
    	adj_495 = {};
    	adj_496 = {};
    	adj_497 = {};
    	adj_498 = {};
    	adj_499 = {};
    	adj_500 = {};
    	adj_501 = {};
    	adj_502 = {};
    	adj_503 = {};
    	adj_504 = {};
    	adj_505 = {};
    	adj_506 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_451 = wp::extract(var_25, var_450);
        var_452 = weight_component_0(var_451, var_449);
        // w = wi * wj * wk                                                                   <L 73>
        var_453 = wp::mul(var_442, var_446);
        var_454 = wp::mul(var_453, var_452);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_455 = wp::float(var_439);
        var_456 = wp::float(var_443);
        var_457 = wp::float(var_449);
        var_458 = wp::vec_t<3, wp::float32>(var_455, var_456, var_457);
        var_459 = wp::sub(var_458, var_25);
        var_460 = wp::div(var_459, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_461 = wp::add(var_10, var_439);
        // gj = base_y + j                                                                    <L 76>
        var_462 = wp::add(var_15, var_443);
        // gk = base_z + k                                                                    <L 77>
        var_463 = wp::add(var_20, var_449);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_466 = (var_461 < var_465);
        var_464 = var_466;
        if (!var_464) {
            var_468 = (var_462 < var_467);
            var_464 = var_464 || var_468;
        }
        if (!var_464) {
            var_470 = (var_463 < var_469);
            var_464 = var_464 || var_470;
        }
        if (var_464) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_452);
            wp::assign(var_74, var_454);
            wp::assign(var_80, var_460);
            wp::assign(var_81, var_461);
            wp::assign(var_82, var_462);
            wp::assign(var_83, var_463);
            goto start_for_12;
        }
        var_471 = wp::where(var_464, var_72, var_452);
        var_472 = wp::where(var_464, var_74, var_454);
        var_473 = wp::where(var_464, var_80, var_460);
        var_474 = wp::where(var_464, var_81, var_461);
        var_475 = wp::where(var_464, var_82, var_462);
        var_476 = wp::where(var_464, var_83, var_463);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_478 = &(var_grid_m.shape);
        var_481 = wp::load(var_478);
        var_480 = wp::extract(var_481, var_479);
        var_482 = (var_474 >= var_480);
        var_477 = var_482;
        if (!var_477) {
            var_483 = &(var_grid_m.shape);
            var_486 = wp::load(var_483);
            var_485 = wp::extract(var_486, var_484);
            var_487 = (var_475 >= var_485);
            var_477 = var_477 || var_487;
        }
        if (!var_477) {
            var_488 = &(var_grid_m.shape);
            var_491 = wp::load(var_488);
            var_490 = wp::extract(var_491, var_489);
            var_492 = (var_476 >= var_490);
            var_477 = var_477 || var_492;
        }
        if (var_477) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_471);
            wp::assign(var_74, var_472);
            wp::assign(var_80, var_473);
            wp::assign(var_81, var_474);
            wp::assign(var_82, var_475);
            wp::assign(var_83, var_476);
            goto start_for_12;
        }
        var_493 = wp::where(var_477, var_72, var_471);
        var_494 = wp::where(var_477, var_74, var_472);
        var_495 = wp::where(var_477, var_80, var_473);
        var_496 = wp::where(var_477, var_81, var_474);
        var_497 = wp::where(var_477, var_82, var_475);
        var_498 = wp::where(var_477, var_83, var_476);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_499 = wp::mul(var_51, var_495);
        var_500 = wp::add(var_56, var_499);
        var_501 = wp::mul(var_500, var_494);
        // var_502 = wp::atomic_add(var_grid_v, var_496, var_497, var_498, var_501);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_503 = &((var_ps).mass);
        var_505 = wp::load(var_503);
        var_504 = wp::mul(var_494, var_505);
        // var_506 = wp::atomic_add(var_grid_m, var_496, var_497, var_498, var_504);
        wp::assign(var_72, var_493);
        wp::assign(var_74, var_494);
        wp::assign(var_80, var_495);
        wp::assign(var_81, var_496);
        wp::assign(var_82, var_497);
        wp::assign(var_83, var_498);
        wp::adj_assign(var_83, var_498, adj_83, adj_498);
        wp::adj_assign(var_82, var_497, adj_82, adj_497);
        wp::adj_assign(var_81, var_496, adj_81, adj_496);
        wp::adj_assign(var_80, var_495, adj_80, adj_495);
        wp::adj_assign(var_74, var_494, adj_74, adj_494);
        wp::adj_assign(var_72, var_493, adj_72, adj_493);
        wp::adj_atomic_add(var_grid_m, var_496, var_497, var_498, var_504, adj_grid_m, adj_496, adj_497, adj_498, adj_504, adj_506);
        wp::adj_mul(var_494, var_505, adj_494, adj_503, adj_504);
        adj_ps.mass += adj_503;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_496, var_497, var_498, var_501, adj_grid_v, adj_496, adj_497, adj_498, adj_501, adj_502);
        wp::adj_mul(var_500, var_494, adj_500, adj_494, adj_501);
        wp::adj_add(var_56, var_499, adj_56, adj_499, adj_500);
        wp::adj_mul(var_51, var_495, adj_51, adj_495, adj_499);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_477, var_83, var_476, adj_477, adj_83, adj_476, adj_498);
        wp::adj_where(var_477, var_82, var_475, adj_477, adj_82, adj_475, adj_497);
        wp::adj_where(var_477, var_81, var_474, adj_477, adj_81, adj_474, adj_496);
        wp::adj_where(var_477, var_80, var_473, adj_477, adj_80, adj_473, adj_495);
        wp::adj_where(var_477, var_74, var_472, adj_477, adj_74, adj_472, adj_494);
        wp::adj_where(var_477, var_72, var_471, adj_477, adj_72, adj_471, adj_493);
        if (var_477) {
            wp::adj_assign(var_83, var_476, adj_83, adj_476);
            wp::adj_assign(var_82, var_475, adj_82, adj_475);
            wp::adj_assign(var_81, var_474, adj_81, adj_474);
            wp::adj_assign(var_80, var_473, adj_80, adj_473);
            wp::adj_assign(var_74, var_472, adj_74, adj_472);
            wp::adj_assign(var_72, var_471, adj_72, adj_471);
            // adj: continue                                                                  <L 81>
        }
        if (!var_477) {
            adj_grid_m.shape = adj_488;
        }
        if (!var_477) {
            adj_grid_m.shape = adj_483;
        }
        adj_grid_m.shape = adj_478;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_464, var_83, var_463, adj_464, adj_83, adj_463, adj_476);
        wp::adj_where(var_464, var_82, var_462, adj_464, adj_82, adj_462, adj_475);
        wp::adj_where(var_464, var_81, var_461, adj_464, adj_81, adj_461, adj_474);
        wp::adj_where(var_464, var_80, var_460, adj_464, adj_80, adj_460, adj_473);
        wp::adj_where(var_464, var_74, var_454, adj_464, adj_74, adj_454, adj_472);
        wp::adj_where(var_464, var_72, var_452, adj_464, adj_72, adj_452, adj_471);
        if (var_464) {
            wp::adj_assign(var_83, var_463, adj_83, adj_463);
            wp::adj_assign(var_82, var_462, adj_82, adj_462);
            wp::adj_assign(var_81, var_461, adj_81, adj_461);
            wp::adj_assign(var_80, var_460, adj_80, adj_460);
            wp::adj_assign(var_74, var_454, adj_74, adj_454);
            wp::adj_assign(var_72, var_452, adj_72, adj_452);
            // adj: continue                                                                  <L 79>
        }
        if (!var_464) {
        }
        if (!var_464) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_449, adj_20, adj_449, adj_463);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_443, adj_15, adj_443, adj_462);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_439, adj_10, adj_439, adj_461);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_459, var_inv_dx, adj_459, adj_inv_dx, adj_460);
        wp::adj_sub(var_458, var_25, adj_458, adj_25, adj_459);
        wp::adj_vec_t(var_455, var_456, var_457, adj_455, adj_456, adj_457, adj_458);
        wp::adj_float(var_449, adj_449, adj_457);
        wp::adj_float(var_443, adj_443, adj_456);
        wp::adj_float(var_439, adj_439, adj_455);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_453, var_452, adj_453, adj_452, adj_454);
        wp::adj_mul(var_442, var_446, adj_442, adj_446, adj_453);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_451, var_449, adj_451, adj_449, adj_452);
        wp::adj_extract(var_25, var_450, adj_25, adj_450, adj_451);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_12;
    end_for_12:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_445, var_443, adj_445, adj_443, adj_446);
    wp::adj_extract(var_25, var_444, adj_25, adj_444, adj_445);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    // adj: for j in range(3):                                                                <L 69>
    adj_weight_component_0(var_441, var_439, adj_441, adj_439, adj_442);
    wp::adj_extract(var_25, var_440, adj_25, adj_440, adj_441);
    // adj: wi = weight_component(fx[0], i)                                                   <L 68>
    var_380 = wp::iter_reverse(var_380);
    start_for_10:;
        if (iter_cmp(var_380) == 0) goto end_for_10;
        var_381 = wp::iter_next(var_380);
    	adj_382 = {};
    	adj_383 = {};
    	adj_384 = {};
    	adj_385 = {};
    	adj_386 = {};
    	adj_387 = {};
    	adj_388 = {};
    	adj_389 = {};
    	adj_390 = {};
    	adj_391 = {};
    	adj_392 = {};
    	adj_393 = {};
    	adj_394 = {};
    	adj_395 = {};
    	adj_396 = {};
    	adj_397 = {};
    	adj_398 = {};
    	adj_399 = {};
    	adj_400 = {};
    	adj_401 = {};
    	adj_402 = {};
    	adj_403 = {};
    	adj_404 = {};
    	adj_405 = {};
    	adj_406 = {};
    	adj_407 = {};
    	adj_408 = {};
    	adj_409 = {};
    	adj_410 = {};
    	adj_411 = {};
    	adj_412 = {};
    	adj_413 = {};
    	adj_414 = {};
    	adj_415 = {};
    	adj_416 = {};
    	adj_417 = {};
    	adj_418 = {};
    	adj_419 = {};
    	adj_420 = {};
    	adj_421 = {};
    	adj_422 = {};
    	adj_423 = {};
    	adj_424 = {};
    	adj_425 = {};
    	adj_426 = {};
    	adj_427 = {};
    	adj_428 = {};
    	adj_429 = {};
    	adj_430 = {};
    	adj_431 = {};
    	adj_432 = {};
    	adj_433 = {};
    	adj_434 = {};
    	adj_435 = {};
    	adj_436 = {};
    	adj_437 = {};
    	adj_438 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_383 = wp::extract(var_25, var_382);
        var_384 = weight_component_0(var_383, var_381);
        // w = wi * wj * wk                                                                   <L 73>
        var_385 = wp::mul(var_246, var_378);
        var_386 = wp::mul(var_385, var_384);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_387 = wp::float(var_243);
        var_388 = wp::float(var_375);
        var_389 = wp::float(var_381);
        var_390 = wp::vec_t<3, wp::float32>(var_387, var_388, var_389);
        var_391 = wp::sub(var_390, var_25);
        var_392 = wp::div(var_391, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_393 = wp::add(var_10, var_243);
        // gj = base_y + j                                                                    <L 76>
        var_394 = wp::add(var_15, var_375);
        // gk = base_z + k                                                                    <L 77>
        var_395 = wp::add(var_20, var_381);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_398 = (var_393 < var_397);
        var_396 = var_398;
        if (!var_396) {
            var_400 = (var_394 < var_399);
            var_396 = var_396 || var_400;
        }
        if (!var_396) {
            var_402 = (var_395 < var_401);
            var_396 = var_396 || var_402;
        }
        if (var_396) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_384);
            wp::assign(var_74, var_386);
            wp::assign(var_80, var_392);
            wp::assign(var_81, var_393);
            wp::assign(var_82, var_394);
            wp::assign(var_83, var_395);
            goto start_for_10;
        }
        var_403 = wp::where(var_396, var_72, var_384);
        var_404 = wp::where(var_396, var_74, var_386);
        var_405 = wp::where(var_396, var_80, var_392);
        var_406 = wp::where(var_396, var_81, var_393);
        var_407 = wp::where(var_396, var_82, var_394);
        var_408 = wp::where(var_396, var_83, var_395);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_410 = &(var_grid_m.shape);
        var_413 = wp::load(var_410);
        var_412 = wp::extract(var_413, var_411);
        var_414 = (var_406 >= var_412);
        var_409 = var_414;
        if (!var_409) {
            var_415 = &(var_grid_m.shape);
            var_418 = wp::load(var_415);
            var_417 = wp::extract(var_418, var_416);
            var_419 = (var_407 >= var_417);
            var_409 = var_409 || var_419;
        }
        if (!var_409) {
            var_420 = &(var_grid_m.shape);
            var_423 = wp::load(var_420);
            var_422 = wp::extract(var_423, var_421);
            var_424 = (var_408 >= var_422);
            var_409 = var_409 || var_424;
        }
        if (var_409) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_403);
            wp::assign(var_74, var_404);
            wp::assign(var_80, var_405);
            wp::assign(var_81, var_406);
            wp::assign(var_82, var_407);
            wp::assign(var_83, var_408);
            goto start_for_10;
        }
        var_425 = wp::where(var_409, var_72, var_403);
        var_426 = wp::where(var_409, var_74, var_404);
        var_427 = wp::where(var_409, var_80, var_405);
        var_428 = wp::where(var_409, var_81, var_406);
        var_429 = wp::where(var_409, var_82, var_407);
        var_430 = wp::where(var_409, var_83, var_408);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_431 = wp::mul(var_51, var_427);
        var_432 = wp::add(var_56, var_431);
        var_433 = wp::mul(var_432, var_426);
        // var_434 = wp::atomic_add(var_grid_v, var_428, var_429, var_430, var_433);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_435 = &((var_ps).mass);
        var_437 = wp::load(var_435);
        var_436 = wp::mul(var_426, var_437);
        // var_438 = wp::atomic_add(var_grid_m, var_428, var_429, var_430, var_436);
        wp::assign(var_72, var_425);
        wp::assign(var_74, var_426);
        wp::assign(var_80, var_427);
        wp::assign(var_81, var_428);
        wp::assign(var_82, var_429);
        wp::assign(var_83, var_430);
        wp::adj_assign(var_83, var_430, adj_83, adj_430);
        wp::adj_assign(var_82, var_429, adj_82, adj_429);
        wp::adj_assign(var_81, var_428, adj_81, adj_428);
        wp::adj_assign(var_80, var_427, adj_80, adj_427);
        wp::adj_assign(var_74, var_426, adj_74, adj_426);
        wp::adj_assign(var_72, var_425, adj_72, adj_425);
        wp::adj_atomic_add(var_grid_m, var_428, var_429, var_430, var_436, adj_grid_m, adj_428, adj_429, adj_430, adj_436, adj_438);
        wp::adj_mul(var_426, var_437, adj_426, adj_435, adj_436);
        adj_ps.mass += adj_435;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_428, var_429, var_430, var_433, adj_grid_v, adj_428, adj_429, adj_430, adj_433, adj_434);
        wp::adj_mul(var_432, var_426, adj_432, adj_426, adj_433);
        wp::adj_add(var_56, var_431, adj_56, adj_431, adj_432);
        wp::adj_mul(var_51, var_427, adj_51, adj_427, adj_431);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_409, var_83, var_408, adj_409, adj_83, adj_408, adj_430);
        wp::adj_where(var_409, var_82, var_407, adj_409, adj_82, adj_407, adj_429);
        wp::adj_where(var_409, var_81, var_406, adj_409, adj_81, adj_406, adj_428);
        wp::adj_where(var_409, var_80, var_405, adj_409, adj_80, adj_405, adj_427);
        wp::adj_where(var_409, var_74, var_404, adj_409, adj_74, adj_404, adj_426);
        wp::adj_where(var_409, var_72, var_403, adj_409, adj_72, adj_403, adj_425);
        if (var_409) {
            wp::adj_assign(var_83, var_408, adj_83, adj_408);
            wp::adj_assign(var_82, var_407, adj_82, adj_407);
            wp::adj_assign(var_81, var_406, adj_81, adj_406);
            wp::adj_assign(var_80, var_405, adj_80, adj_405);
            wp::adj_assign(var_74, var_404, adj_74, adj_404);
            wp::adj_assign(var_72, var_403, adj_72, adj_403);
            // adj: continue                                                                  <L 81>
        }
        if (!var_409) {
            adj_grid_m.shape = adj_420;
        }
        if (!var_409) {
            adj_grid_m.shape = adj_415;
        }
        adj_grid_m.shape = adj_410;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_396, var_83, var_395, adj_396, adj_83, adj_395, adj_408);
        wp::adj_where(var_396, var_82, var_394, adj_396, adj_82, adj_394, adj_407);
        wp::adj_where(var_396, var_81, var_393, adj_396, adj_81, adj_393, adj_406);
        wp::adj_where(var_396, var_80, var_392, adj_396, adj_80, adj_392, adj_405);
        wp::adj_where(var_396, var_74, var_386, adj_396, adj_74, adj_386, adj_404);
        wp::adj_where(var_396, var_72, var_384, adj_396, adj_72, adj_384, adj_403);
        if (var_396) {
            wp::adj_assign(var_83, var_395, adj_83, adj_395);
            wp::adj_assign(var_82, var_394, adj_82, adj_394);
            wp::adj_assign(var_81, var_393, adj_81, adj_393);
            wp::adj_assign(var_80, var_392, adj_80, adj_392);
            wp::adj_assign(var_74, var_386, adj_74, adj_386);
            wp::adj_assign(var_72, var_384, adj_72, adj_384);
            // adj: continue                                                                  <L 79>
        }
        if (!var_396) {
        }
        if (!var_396) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_381, adj_20, adj_381, adj_395);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_375, adj_15, adj_375, adj_394);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_243, adj_10, adj_243, adj_393);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_391, var_inv_dx, adj_391, adj_inv_dx, adj_392);
        wp::adj_sub(var_390, var_25, adj_390, adj_25, adj_391);
        wp::adj_vec_t(var_387, var_388, var_389, adj_387, adj_388, adj_389, adj_390);
        wp::adj_float(var_381, adj_381, adj_389);
        wp::adj_float(var_375, adj_375, adj_388);
        wp::adj_float(var_243, adj_243, adj_387);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_385, var_384, adj_385, adj_384, adj_386);
        wp::adj_mul(var_246, var_378, adj_246, adj_378, adj_385);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_383, var_381, adj_383, adj_381, adj_384);
        wp::adj_extract(var_25, var_382, adj_25, adj_382, adj_383);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_10;
    end_for_10:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_377, var_375, adj_377, adj_375, adj_378);
    wp::adj_extract(var_25, var_376, adj_25, adj_376, adj_377);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    var_316 = wp::iter_reverse(var_316);
    start_for_8:;
        if (iter_cmp(var_316) == 0) goto end_for_8;
        var_317 = wp::iter_next(var_316);
    	adj_318 = {};
    	adj_319 = {};
    	adj_320 = {};
    	adj_321 = {};
    	adj_322 = {};
    	adj_323 = {};
    	adj_324 = {};
    	adj_325 = {};
    	adj_326 = {};
    	adj_327 = {};
    	adj_328 = {};
    	adj_329 = {};
    	adj_330 = {};
    	adj_331 = {};
    	adj_332 = {};
    	adj_333 = {};
    	adj_334 = {};
    	adj_335 = {};
    	adj_336 = {};
    	adj_337 = {};
    	adj_338 = {};
    	adj_339 = {};
    	adj_340 = {};
    	adj_341 = {};
    	adj_342 = {};
    	adj_343 = {};
    	adj_344 = {};
    	adj_345 = {};
    	adj_346 = {};
    	adj_347 = {};
    	adj_348 = {};
    	adj_349 = {};
    	adj_350 = {};
    	adj_351 = {};
    	adj_352 = {};
    	adj_353 = {};
    	adj_354 = {};
    	adj_355 = {};
    	adj_356 = {};
    	adj_357 = {};
    	adj_358 = {};
    	adj_359 = {};
    	adj_360 = {};
    	adj_361 = {};
    	adj_362 = {};
    	adj_363 = {};
    	adj_364 = {};
    	adj_365 = {};
    	adj_366 = {};
    	adj_367 = {};
    	adj_368 = {};
    	adj_369 = {};
    	adj_370 = {};
    	adj_371 = {};
    	adj_372 = {};
    	adj_373 = {};
    	adj_374 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_319 = wp::extract(var_25, var_318);
        var_320 = weight_component_0(var_319, var_317);
        // w = wi * wj * wk                                                                   <L 73>
        var_321 = wp::mul(var_246, var_314);
        var_322 = wp::mul(var_321, var_320);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_323 = wp::float(var_243);
        var_324 = wp::float(var_311);
        var_325 = wp::float(var_317);
        var_326 = wp::vec_t<3, wp::float32>(var_323, var_324, var_325);
        var_327 = wp::sub(var_326, var_25);
        var_328 = wp::div(var_327, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_329 = wp::add(var_10, var_243);
        // gj = base_y + j                                                                    <L 76>
        var_330 = wp::add(var_15, var_311);
        // gk = base_z + k                                                                    <L 77>
        var_331 = wp::add(var_20, var_317);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_334 = (var_329 < var_333);
        var_332 = var_334;
        if (!var_332) {
            var_336 = (var_330 < var_335);
            var_332 = var_332 || var_336;
        }
        if (!var_332) {
            var_338 = (var_331 < var_337);
            var_332 = var_332 || var_338;
        }
        if (var_332) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_320);
            wp::assign(var_74, var_322);
            wp::assign(var_80, var_328);
            wp::assign(var_81, var_329);
            wp::assign(var_82, var_330);
            wp::assign(var_83, var_331);
            goto start_for_8;
        }
        var_339 = wp::where(var_332, var_72, var_320);
        var_340 = wp::where(var_332, var_74, var_322);
        var_341 = wp::where(var_332, var_80, var_328);
        var_342 = wp::where(var_332, var_81, var_329);
        var_343 = wp::where(var_332, var_82, var_330);
        var_344 = wp::where(var_332, var_83, var_331);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_346 = &(var_grid_m.shape);
        var_349 = wp::load(var_346);
        var_348 = wp::extract(var_349, var_347);
        var_350 = (var_342 >= var_348);
        var_345 = var_350;
        if (!var_345) {
            var_351 = &(var_grid_m.shape);
            var_354 = wp::load(var_351);
            var_353 = wp::extract(var_354, var_352);
            var_355 = (var_343 >= var_353);
            var_345 = var_345 || var_355;
        }
        if (!var_345) {
            var_356 = &(var_grid_m.shape);
            var_359 = wp::load(var_356);
            var_358 = wp::extract(var_359, var_357);
            var_360 = (var_344 >= var_358);
            var_345 = var_345 || var_360;
        }
        if (var_345) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_339);
            wp::assign(var_74, var_340);
            wp::assign(var_80, var_341);
            wp::assign(var_81, var_342);
            wp::assign(var_82, var_343);
            wp::assign(var_83, var_344);
            goto start_for_8;
        }
        var_361 = wp::where(var_345, var_72, var_339);
        var_362 = wp::where(var_345, var_74, var_340);
        var_363 = wp::where(var_345, var_80, var_341);
        var_364 = wp::where(var_345, var_81, var_342);
        var_365 = wp::where(var_345, var_82, var_343);
        var_366 = wp::where(var_345, var_83, var_344);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_367 = wp::mul(var_51, var_363);
        var_368 = wp::add(var_56, var_367);
        var_369 = wp::mul(var_368, var_362);
        // var_370 = wp::atomic_add(var_grid_v, var_364, var_365, var_366, var_369);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_371 = &((var_ps).mass);
        var_373 = wp::load(var_371);
        var_372 = wp::mul(var_362, var_373);
        // var_374 = wp::atomic_add(var_grid_m, var_364, var_365, var_366, var_372);
        wp::assign(var_72, var_361);
        wp::assign(var_74, var_362);
        wp::assign(var_80, var_363);
        wp::assign(var_81, var_364);
        wp::assign(var_82, var_365);
        wp::assign(var_83, var_366);
        wp::adj_assign(var_83, var_366, adj_83, adj_366);
        wp::adj_assign(var_82, var_365, adj_82, adj_365);
        wp::adj_assign(var_81, var_364, adj_81, adj_364);
        wp::adj_assign(var_80, var_363, adj_80, adj_363);
        wp::adj_assign(var_74, var_362, adj_74, adj_362);
        wp::adj_assign(var_72, var_361, adj_72, adj_361);
        wp::adj_atomic_add(var_grid_m, var_364, var_365, var_366, var_372, adj_grid_m, adj_364, adj_365, adj_366, adj_372, adj_374);
        wp::adj_mul(var_362, var_373, adj_362, adj_371, adj_372);
        adj_ps.mass += adj_371;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_364, var_365, var_366, var_369, adj_grid_v, adj_364, adj_365, adj_366, adj_369, adj_370);
        wp::adj_mul(var_368, var_362, adj_368, adj_362, adj_369);
        wp::adj_add(var_56, var_367, adj_56, adj_367, adj_368);
        wp::adj_mul(var_51, var_363, adj_51, adj_363, adj_367);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_345, var_83, var_344, adj_345, adj_83, adj_344, adj_366);
        wp::adj_where(var_345, var_82, var_343, adj_345, adj_82, adj_343, adj_365);
        wp::adj_where(var_345, var_81, var_342, adj_345, adj_81, adj_342, adj_364);
        wp::adj_where(var_345, var_80, var_341, adj_345, adj_80, adj_341, adj_363);
        wp::adj_where(var_345, var_74, var_340, adj_345, adj_74, adj_340, adj_362);
        wp::adj_where(var_345, var_72, var_339, adj_345, adj_72, adj_339, adj_361);
        if (var_345) {
            wp::adj_assign(var_83, var_344, adj_83, adj_344);
            wp::adj_assign(var_82, var_343, adj_82, adj_343);
            wp::adj_assign(var_81, var_342, adj_81, adj_342);
            wp::adj_assign(var_80, var_341, adj_80, adj_341);
            wp::adj_assign(var_74, var_340, adj_74, adj_340);
            wp::adj_assign(var_72, var_339, adj_72, adj_339);
            // adj: continue                                                                  <L 81>
        }
        if (!var_345) {
            adj_grid_m.shape = adj_356;
        }
        if (!var_345) {
            adj_grid_m.shape = adj_351;
        }
        adj_grid_m.shape = adj_346;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_332, var_83, var_331, adj_332, adj_83, adj_331, adj_344);
        wp::adj_where(var_332, var_82, var_330, adj_332, adj_82, adj_330, adj_343);
        wp::adj_where(var_332, var_81, var_329, adj_332, adj_81, adj_329, adj_342);
        wp::adj_where(var_332, var_80, var_328, adj_332, adj_80, adj_328, adj_341);
        wp::adj_where(var_332, var_74, var_322, adj_332, adj_74, adj_322, adj_340);
        wp::adj_where(var_332, var_72, var_320, adj_332, adj_72, adj_320, adj_339);
        if (var_332) {
            wp::adj_assign(var_83, var_331, adj_83, adj_331);
            wp::adj_assign(var_82, var_330, adj_82, adj_330);
            wp::adj_assign(var_81, var_329, adj_81, adj_329);
            wp::adj_assign(var_80, var_328, adj_80, adj_328);
            wp::adj_assign(var_74, var_322, adj_74, adj_322);
            wp::adj_assign(var_72, var_320, adj_72, adj_320);
            // adj: continue                                                                  <L 79>
        }
        if (!var_332) {
        }
        if (!var_332) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_317, adj_20, adj_317, adj_331);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_311, adj_15, adj_311, adj_330);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_243, adj_10, adj_243, adj_329);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_327, var_inv_dx, adj_327, adj_inv_dx, adj_328);
        wp::adj_sub(var_326, var_25, adj_326, adj_25, adj_327);
        wp::adj_vec_t(var_323, var_324, var_325, adj_323, adj_324, adj_325, adj_326);
        wp::adj_float(var_317, adj_317, adj_325);
        wp::adj_float(var_311, adj_311, adj_324);
        wp::adj_float(var_243, adj_243, adj_323);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_321, var_320, adj_321, adj_320, adj_322);
        wp::adj_mul(var_246, var_314, adj_246, adj_314, adj_321);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_319, var_317, adj_319, adj_317, adj_320);
        wp::adj_extract(var_25, var_318, adj_25, adj_318, adj_319);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_8;
    end_for_8:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_313, var_311, adj_313, adj_311, adj_314);
    wp::adj_extract(var_25, var_312, adj_25, adj_312, adj_313);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    var_252 = wp::iter_reverse(var_252);
    start_for_6:;
        if (iter_cmp(var_252) == 0) goto end_for_6;
        var_253 = wp::iter_next(var_252);
    	adj_254 = {};
    	adj_255 = {};
    	adj_256 = {};
    	adj_257 = {};
    	adj_258 = {};
    	adj_259 = {};
    	adj_260 = {};
    	adj_261 = {};
    	adj_262 = {};
    	adj_263 = {};
    	adj_264 = {};
    	adj_265 = {};
    	adj_266 = {};
    	adj_267 = {};
    	adj_268 = {};
    	adj_269 = {};
    	adj_270 = {};
    	adj_271 = {};
    	adj_272 = {};
    	adj_273 = {};
    	adj_274 = {};
    	adj_275 = {};
    	adj_276 = {};
    	adj_277 = {};
    	adj_278 = {};
    	adj_279 = {};
    	adj_280 = {};
    	adj_281 = {};
    	adj_282 = {};
    	adj_283 = {};
    	adj_284 = {};
    	adj_285 = {};
    	adj_286 = {};
    	adj_287 = {};
    	adj_288 = {};
    	adj_289 = {};
    	adj_290 = {};
    	adj_291 = {};
    	adj_292 = {};
    	adj_293 = {};
    	adj_294 = {};
    	adj_295 = {};
    	adj_296 = {};
    	adj_297 = {};
    	adj_298 = {};
    	adj_299 = {};
    	adj_300 = {};
    	adj_301 = {};
    	adj_302 = {};
    	adj_303 = {};
    	adj_304 = {};
    	adj_305 = {};
    	adj_306 = {};
    	adj_307 = {};
    	adj_308 = {};
    	adj_309 = {};
    	adj_310 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_255 = wp::extract(var_25, var_254);
        var_256 = weight_component_0(var_255, var_253);
        // w = wi * wj * wk                                                                   <L 73>
        var_257 = wp::mul(var_246, var_250);
        var_258 = wp::mul(var_257, var_256);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_259 = wp::float(var_243);
        var_260 = wp::float(var_247);
        var_261 = wp::float(var_253);
        var_262 = wp::vec_t<3, wp::float32>(var_259, var_260, var_261);
        var_263 = wp::sub(var_262, var_25);
        var_264 = wp::div(var_263, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_265 = wp::add(var_10, var_243);
        // gj = base_y + j                                                                    <L 76>
        var_266 = wp::add(var_15, var_247);
        // gk = base_z + k                                                                    <L 77>
        var_267 = wp::add(var_20, var_253);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_270 = (var_265 < var_269);
        var_268 = var_270;
        if (!var_268) {
            var_272 = (var_266 < var_271);
            var_268 = var_268 || var_272;
        }
        if (!var_268) {
            var_274 = (var_267 < var_273);
            var_268 = var_268 || var_274;
        }
        if (var_268) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_256);
            wp::assign(var_74, var_258);
            wp::assign(var_80, var_264);
            wp::assign(var_81, var_265);
            wp::assign(var_82, var_266);
            wp::assign(var_83, var_267);
            goto start_for_6;
        }
        var_275 = wp::where(var_268, var_72, var_256);
        var_276 = wp::where(var_268, var_74, var_258);
        var_277 = wp::where(var_268, var_80, var_264);
        var_278 = wp::where(var_268, var_81, var_265);
        var_279 = wp::where(var_268, var_82, var_266);
        var_280 = wp::where(var_268, var_83, var_267);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_282 = &(var_grid_m.shape);
        var_285 = wp::load(var_282);
        var_284 = wp::extract(var_285, var_283);
        var_286 = (var_278 >= var_284);
        var_281 = var_286;
        if (!var_281) {
            var_287 = &(var_grid_m.shape);
            var_290 = wp::load(var_287);
            var_289 = wp::extract(var_290, var_288);
            var_291 = (var_279 >= var_289);
            var_281 = var_281 || var_291;
        }
        if (!var_281) {
            var_292 = &(var_grid_m.shape);
            var_295 = wp::load(var_292);
            var_294 = wp::extract(var_295, var_293);
            var_296 = (var_280 >= var_294);
            var_281 = var_281 || var_296;
        }
        if (var_281) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_275);
            wp::assign(var_74, var_276);
            wp::assign(var_80, var_277);
            wp::assign(var_81, var_278);
            wp::assign(var_82, var_279);
            wp::assign(var_83, var_280);
            goto start_for_6;
        }
        var_297 = wp::where(var_281, var_72, var_275);
        var_298 = wp::where(var_281, var_74, var_276);
        var_299 = wp::where(var_281, var_80, var_277);
        var_300 = wp::where(var_281, var_81, var_278);
        var_301 = wp::where(var_281, var_82, var_279);
        var_302 = wp::where(var_281, var_83, var_280);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_303 = wp::mul(var_51, var_299);
        var_304 = wp::add(var_56, var_303);
        var_305 = wp::mul(var_304, var_298);
        // var_306 = wp::atomic_add(var_grid_v, var_300, var_301, var_302, var_305);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_307 = &((var_ps).mass);
        var_309 = wp::load(var_307);
        var_308 = wp::mul(var_298, var_309);
        // var_310 = wp::atomic_add(var_grid_m, var_300, var_301, var_302, var_308);
        wp::assign(var_72, var_297);
        wp::assign(var_74, var_298);
        wp::assign(var_80, var_299);
        wp::assign(var_81, var_300);
        wp::assign(var_82, var_301);
        wp::assign(var_83, var_302);
        wp::adj_assign(var_83, var_302, adj_83, adj_302);
        wp::adj_assign(var_82, var_301, adj_82, adj_301);
        wp::adj_assign(var_81, var_300, adj_81, adj_300);
        wp::adj_assign(var_80, var_299, adj_80, adj_299);
        wp::adj_assign(var_74, var_298, adj_74, adj_298);
        wp::adj_assign(var_72, var_297, adj_72, adj_297);
        wp::adj_atomic_add(var_grid_m, var_300, var_301, var_302, var_308, adj_grid_m, adj_300, adj_301, adj_302, adj_308, adj_310);
        wp::adj_mul(var_298, var_309, adj_298, adj_307, adj_308);
        adj_ps.mass += adj_307;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_300, var_301, var_302, var_305, adj_grid_v, adj_300, adj_301, adj_302, adj_305, adj_306);
        wp::adj_mul(var_304, var_298, adj_304, adj_298, adj_305);
        wp::adj_add(var_56, var_303, adj_56, adj_303, adj_304);
        wp::adj_mul(var_51, var_299, adj_51, adj_299, adj_303);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_281, var_83, var_280, adj_281, adj_83, adj_280, adj_302);
        wp::adj_where(var_281, var_82, var_279, adj_281, adj_82, adj_279, adj_301);
        wp::adj_where(var_281, var_81, var_278, adj_281, adj_81, adj_278, adj_300);
        wp::adj_where(var_281, var_80, var_277, adj_281, adj_80, adj_277, adj_299);
        wp::adj_where(var_281, var_74, var_276, adj_281, adj_74, adj_276, adj_298);
        wp::adj_where(var_281, var_72, var_275, adj_281, adj_72, adj_275, adj_297);
        if (var_281) {
            wp::adj_assign(var_83, var_280, adj_83, adj_280);
            wp::adj_assign(var_82, var_279, adj_82, adj_279);
            wp::adj_assign(var_81, var_278, adj_81, adj_278);
            wp::adj_assign(var_80, var_277, adj_80, adj_277);
            wp::adj_assign(var_74, var_276, adj_74, adj_276);
            wp::adj_assign(var_72, var_275, adj_72, adj_275);
            // adj: continue                                                                  <L 81>
        }
        if (!var_281) {
            adj_grid_m.shape = adj_292;
        }
        if (!var_281) {
            adj_grid_m.shape = adj_287;
        }
        adj_grid_m.shape = adj_282;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_268, var_83, var_267, adj_268, adj_83, adj_267, adj_280);
        wp::adj_where(var_268, var_82, var_266, adj_268, adj_82, adj_266, adj_279);
        wp::adj_where(var_268, var_81, var_265, adj_268, adj_81, adj_265, adj_278);
        wp::adj_where(var_268, var_80, var_264, adj_268, adj_80, adj_264, adj_277);
        wp::adj_where(var_268, var_74, var_258, adj_268, adj_74, adj_258, adj_276);
        wp::adj_where(var_268, var_72, var_256, adj_268, adj_72, adj_256, adj_275);
        if (var_268) {
            wp::adj_assign(var_83, var_267, adj_83, adj_267);
            wp::adj_assign(var_82, var_266, adj_82, adj_266);
            wp::adj_assign(var_81, var_265, adj_81, adj_265);
            wp::adj_assign(var_80, var_264, adj_80, adj_264);
            wp::adj_assign(var_74, var_258, adj_74, adj_258);
            wp::adj_assign(var_72, var_256, adj_72, adj_256);
            // adj: continue                                                                  <L 79>
        }
        if (!var_268) {
        }
        if (!var_268) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_253, adj_20, adj_253, adj_267);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_247, adj_15, adj_247, adj_266);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_243, adj_10, adj_243, adj_265);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_263, var_inv_dx, adj_263, adj_inv_dx, adj_264);
        wp::adj_sub(var_262, var_25, adj_262, adj_25, adj_263);
        wp::adj_vec_t(var_259, var_260, var_261, adj_259, adj_260, adj_261, adj_262);
        wp::adj_float(var_253, adj_253, adj_261);
        wp::adj_float(var_247, adj_247, adj_260);
        wp::adj_float(var_243, adj_243, adj_259);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_257, var_256, adj_257, adj_256, adj_258);
        wp::adj_mul(var_246, var_250, adj_246, adj_250, adj_257);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_255, var_253, adj_255, adj_253, adj_256);
        wp::adj_extract(var_25, var_254, adj_25, adj_254, adj_255);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_6;
    end_for_6:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_249, var_247, adj_249, adj_247, adj_250);
    wp::adj_extract(var_25, var_248, adj_25, adj_248, adj_249);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    // adj: for j in range(3):                                                                <L 69>
    adj_weight_component_0(var_245, var_243, adj_245, adj_243, adj_246);
    wp::adj_extract(var_25, var_244, adj_25, adj_244, adj_245);
    // adj: wi = weight_component(fx[0], i)                                                   <L 68>
    var_184 = wp::iter_reverse(var_184);
    start_for_4:;
        if (iter_cmp(var_184) == 0) goto end_for_4;
        var_185 = wp::iter_next(var_184);
    	adj_186 = {};
    	adj_187 = {};
    	adj_188 = {};
    	adj_189 = {};
    	adj_190 = {};
    	adj_191 = {};
    	adj_192 = {};
    	adj_193 = {};
    	adj_194 = {};
    	adj_195 = {};
    	adj_196 = {};
    	adj_197 = {};
    	adj_198 = {};
    	adj_199 = {};
    	adj_200 = {};
    	adj_201 = {};
    	adj_202 = {};
    	adj_203 = {};
    	adj_204 = {};
    	adj_205 = {};
    	adj_206 = {};
    	adj_207 = {};
    	adj_208 = {};
    	adj_209 = {};
    	adj_210 = {};
    	adj_211 = {};
    	adj_212 = {};
    	adj_213 = {};
    	adj_214 = {};
    	adj_215 = {};
    	adj_216 = {};
    	adj_217 = {};
    	adj_218 = {};
    	adj_219 = {};
    	adj_220 = {};
    	adj_221 = {};
    	adj_222 = {};
    	adj_223 = {};
    	adj_224 = {};
    	adj_225 = {};
    	adj_226 = {};
    	adj_227 = {};
    	adj_228 = {};
    	adj_229 = {};
    	adj_230 = {};
    	adj_231 = {};
    	adj_232 = {};
    	adj_233 = {};
    	adj_234 = {};
    	adj_235 = {};
    	adj_236 = {};
    	adj_237 = {};
    	adj_238 = {};
    	adj_239 = {};
    	adj_240 = {};
    	adj_241 = {};
    	adj_242 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_187 = wp::extract(var_25, var_186);
        var_188 = weight_component_0(var_187, var_185);
        // w = wi * wj * wk                                                                   <L 73>
        var_189 = wp::mul(var_62, var_182);
        var_190 = wp::mul(var_189, var_188);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_191 = wp::float(var_59);
        var_192 = wp::float(var_179);
        var_193 = wp::float(var_185);
        var_194 = wp::vec_t<3, wp::float32>(var_191, var_192, var_193);
        var_195 = wp::sub(var_194, var_25);
        var_196 = wp::div(var_195, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_197 = wp::add(var_10, var_59);
        // gj = base_y + j                                                                    <L 76>
        var_198 = wp::add(var_15, var_179);
        // gk = base_z + k                                                                    <L 77>
        var_199 = wp::add(var_20, var_185);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_202 = (var_197 < var_201);
        var_200 = var_202;
        if (!var_200) {
            var_204 = (var_198 < var_203);
            var_200 = var_200 || var_204;
        }
        if (!var_200) {
            var_206 = (var_199 < var_205);
            var_200 = var_200 || var_206;
        }
        if (var_200) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_188);
            wp::assign(var_74, var_190);
            wp::assign(var_80, var_196);
            wp::assign(var_81, var_197);
            wp::assign(var_82, var_198);
            wp::assign(var_83, var_199);
            goto start_for_4;
        }
        var_207 = wp::where(var_200, var_72, var_188);
        var_208 = wp::where(var_200, var_74, var_190);
        var_209 = wp::where(var_200, var_80, var_196);
        var_210 = wp::where(var_200, var_81, var_197);
        var_211 = wp::where(var_200, var_82, var_198);
        var_212 = wp::where(var_200, var_83, var_199);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_214 = &(var_grid_m.shape);
        var_217 = wp::load(var_214);
        var_216 = wp::extract(var_217, var_215);
        var_218 = (var_210 >= var_216);
        var_213 = var_218;
        if (!var_213) {
            var_219 = &(var_grid_m.shape);
            var_222 = wp::load(var_219);
            var_221 = wp::extract(var_222, var_220);
            var_223 = (var_211 >= var_221);
            var_213 = var_213 || var_223;
        }
        if (!var_213) {
            var_224 = &(var_grid_m.shape);
            var_227 = wp::load(var_224);
            var_226 = wp::extract(var_227, var_225);
            var_228 = (var_212 >= var_226);
            var_213 = var_213 || var_228;
        }
        if (var_213) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_207);
            wp::assign(var_74, var_208);
            wp::assign(var_80, var_209);
            wp::assign(var_81, var_210);
            wp::assign(var_82, var_211);
            wp::assign(var_83, var_212);
            goto start_for_4;
        }
        var_229 = wp::where(var_213, var_72, var_207);
        var_230 = wp::where(var_213, var_74, var_208);
        var_231 = wp::where(var_213, var_80, var_209);
        var_232 = wp::where(var_213, var_81, var_210);
        var_233 = wp::where(var_213, var_82, var_211);
        var_234 = wp::where(var_213, var_83, var_212);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_235 = wp::mul(var_51, var_231);
        var_236 = wp::add(var_56, var_235);
        var_237 = wp::mul(var_236, var_230);
        // var_238 = wp::atomic_add(var_grid_v, var_232, var_233, var_234, var_237);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_239 = &((var_ps).mass);
        var_241 = wp::load(var_239);
        var_240 = wp::mul(var_230, var_241);
        // var_242 = wp::atomic_add(var_grid_m, var_232, var_233, var_234, var_240);
        wp::assign(var_72, var_229);
        wp::assign(var_74, var_230);
        wp::assign(var_80, var_231);
        wp::assign(var_81, var_232);
        wp::assign(var_82, var_233);
        wp::assign(var_83, var_234);
        wp::adj_assign(var_83, var_234, adj_83, adj_234);
        wp::adj_assign(var_82, var_233, adj_82, adj_233);
        wp::adj_assign(var_81, var_232, adj_81, adj_232);
        wp::adj_assign(var_80, var_231, adj_80, adj_231);
        wp::adj_assign(var_74, var_230, adj_74, adj_230);
        wp::adj_assign(var_72, var_229, adj_72, adj_229);
        wp::adj_atomic_add(var_grid_m, var_232, var_233, var_234, var_240, adj_grid_m, adj_232, adj_233, adj_234, adj_240, adj_242);
        wp::adj_mul(var_230, var_241, adj_230, adj_239, adj_240);
        adj_ps.mass += adj_239;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_232, var_233, var_234, var_237, adj_grid_v, adj_232, adj_233, adj_234, adj_237, adj_238);
        wp::adj_mul(var_236, var_230, adj_236, adj_230, adj_237);
        wp::adj_add(var_56, var_235, adj_56, adj_235, adj_236);
        wp::adj_mul(var_51, var_231, adj_51, adj_231, adj_235);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_213, var_83, var_212, adj_213, adj_83, adj_212, adj_234);
        wp::adj_where(var_213, var_82, var_211, adj_213, adj_82, adj_211, adj_233);
        wp::adj_where(var_213, var_81, var_210, adj_213, adj_81, adj_210, adj_232);
        wp::adj_where(var_213, var_80, var_209, adj_213, adj_80, adj_209, adj_231);
        wp::adj_where(var_213, var_74, var_208, adj_213, adj_74, adj_208, adj_230);
        wp::adj_where(var_213, var_72, var_207, adj_213, adj_72, adj_207, adj_229);
        if (var_213) {
            wp::adj_assign(var_83, var_212, adj_83, adj_212);
            wp::adj_assign(var_82, var_211, adj_82, adj_211);
            wp::adj_assign(var_81, var_210, adj_81, adj_210);
            wp::adj_assign(var_80, var_209, adj_80, adj_209);
            wp::adj_assign(var_74, var_208, adj_74, adj_208);
            wp::adj_assign(var_72, var_207, adj_72, adj_207);
            // adj: continue                                                                  <L 81>
        }
        if (!var_213) {
            adj_grid_m.shape = adj_224;
        }
        if (!var_213) {
            adj_grid_m.shape = adj_219;
        }
        adj_grid_m.shape = adj_214;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_200, var_83, var_199, adj_200, adj_83, adj_199, adj_212);
        wp::adj_where(var_200, var_82, var_198, adj_200, adj_82, adj_198, adj_211);
        wp::adj_where(var_200, var_81, var_197, adj_200, adj_81, adj_197, adj_210);
        wp::adj_where(var_200, var_80, var_196, adj_200, adj_80, adj_196, adj_209);
        wp::adj_where(var_200, var_74, var_190, adj_200, adj_74, adj_190, adj_208);
        wp::adj_where(var_200, var_72, var_188, adj_200, adj_72, adj_188, adj_207);
        if (var_200) {
            wp::adj_assign(var_83, var_199, adj_83, adj_199);
            wp::adj_assign(var_82, var_198, adj_82, adj_198);
            wp::adj_assign(var_81, var_197, adj_81, adj_197);
            wp::adj_assign(var_80, var_196, adj_80, adj_196);
            wp::adj_assign(var_74, var_190, adj_74, adj_190);
            wp::adj_assign(var_72, var_188, adj_72, adj_188);
            // adj: continue                                                                  <L 79>
        }
        if (!var_200) {
        }
        if (!var_200) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_185, adj_20, adj_185, adj_199);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_179, adj_15, adj_179, adj_198);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_59, adj_10, adj_59, adj_197);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_195, var_inv_dx, adj_195, adj_inv_dx, adj_196);
        wp::adj_sub(var_194, var_25, adj_194, adj_25, adj_195);
        wp::adj_vec_t(var_191, var_192, var_193, adj_191, adj_192, adj_193, adj_194);
        wp::adj_float(var_185, adj_185, adj_193);
        wp::adj_float(var_179, adj_179, adj_192);
        wp::adj_float(var_59, adj_59, adj_191);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_189, var_188, adj_189, adj_188, adj_190);
        wp::adj_mul(var_62, var_182, adj_62, adj_182, adj_189);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_187, var_185, adj_187, adj_185, adj_188);
        wp::adj_extract(var_25, var_186, adj_25, adj_186, adj_187);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_4;
    end_for_4:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_181, var_179, adj_181, adj_179, adj_182);
    wp::adj_extract(var_25, var_180, adj_25, adj_180, adj_181);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    var_120 = wp::iter_reverse(var_120);
    start_for_2:;
        if (iter_cmp(var_120) == 0) goto end_for_2;
        var_121 = wp::iter_next(var_120);
    	adj_122 = {};
    	adj_123 = {};
    	adj_124 = {};
    	adj_125 = {};
    	adj_126 = {};
    	adj_127 = {};
    	adj_128 = {};
    	adj_129 = {};
    	adj_130 = {};
    	adj_131 = {};
    	adj_132 = {};
    	adj_133 = {};
    	adj_134 = {};
    	adj_135 = {};
    	adj_136 = {};
    	adj_137 = {};
    	adj_138 = {};
    	adj_139 = {};
    	adj_140 = {};
    	adj_141 = {};
    	adj_142 = {};
    	adj_143 = {};
    	adj_144 = {};
    	adj_145 = {};
    	adj_146 = {};
    	adj_147 = {};
    	adj_148 = {};
    	adj_149 = {};
    	adj_150 = {};
    	adj_151 = {};
    	adj_152 = {};
    	adj_153 = {};
    	adj_154 = {};
    	adj_155 = {};
    	adj_156 = {};
    	adj_157 = {};
    	adj_158 = {};
    	adj_159 = {};
    	adj_160 = {};
    	adj_161 = {};
    	adj_162 = {};
    	adj_163 = {};
    	adj_164 = {};
    	adj_165 = {};
    	adj_166 = {};
    	adj_167 = {};
    	adj_168 = {};
    	adj_169 = {};
    	adj_170 = {};
    	adj_171 = {};
    	adj_172 = {};
    	adj_173 = {};
    	adj_174 = {};
    	adj_175 = {};
    	adj_176 = {};
    	adj_177 = {};
    	adj_178 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_123 = wp::extract(var_25, var_122);
        var_124 = weight_component_0(var_123, var_121);
        // w = wi * wj * wk                                                                   <L 73>
        var_125 = wp::mul(var_62, var_118);
        var_126 = wp::mul(var_125, var_124);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_127 = wp::float(var_59);
        var_128 = wp::float(var_115);
        var_129 = wp::float(var_121);
        var_130 = wp::vec_t<3, wp::float32>(var_127, var_128, var_129);
        var_131 = wp::sub(var_130, var_25);
        var_132 = wp::div(var_131, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_133 = wp::add(var_10, var_59);
        // gj = base_y + j                                                                    <L 76>
        var_134 = wp::add(var_15, var_115);
        // gk = base_z + k                                                                    <L 77>
        var_135 = wp::add(var_20, var_121);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_138 = (var_133 < var_137);
        var_136 = var_138;
        if (!var_136) {
            var_140 = (var_134 < var_139);
            var_136 = var_136 || var_140;
        }
        if (!var_136) {
            var_142 = (var_135 < var_141);
            var_136 = var_136 || var_142;
        }
        if (var_136) {
            // continue                                                                       <L 79>
            wp::assign(var_72, var_124);
            wp::assign(var_74, var_126);
            wp::assign(var_80, var_132);
            wp::assign(var_81, var_133);
            wp::assign(var_82, var_134);
            wp::assign(var_83, var_135);
            goto start_for_2;
        }
        var_143 = wp::where(var_136, var_72, var_124);
        var_144 = wp::where(var_136, var_74, var_126);
        var_145 = wp::where(var_136, var_80, var_132);
        var_146 = wp::where(var_136, var_81, var_133);
        var_147 = wp::where(var_136, var_82, var_134);
        var_148 = wp::where(var_136, var_83, var_135);
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_150 = &(var_grid_m.shape);
        var_153 = wp::load(var_150);
        var_152 = wp::extract(var_153, var_151);
        var_154 = (var_146 >= var_152);
        var_149 = var_154;
        if (!var_149) {
            var_155 = &(var_grid_m.shape);
            var_158 = wp::load(var_155);
            var_157 = wp::extract(var_158, var_156);
            var_159 = (var_147 >= var_157);
            var_149 = var_149 || var_159;
        }
        if (!var_149) {
            var_160 = &(var_grid_m.shape);
            var_163 = wp::load(var_160);
            var_162 = wp::extract(var_163, var_161);
            var_164 = (var_148 >= var_162);
            var_149 = var_149 || var_164;
        }
        if (var_149) {
            // continue                                                                       <L 81>
            wp::assign(var_72, var_143);
            wp::assign(var_74, var_144);
            wp::assign(var_80, var_145);
            wp::assign(var_81, var_146);
            wp::assign(var_82, var_147);
            wp::assign(var_83, var_148);
            goto start_for_2;
        }
        var_165 = wp::where(var_149, var_72, var_143);
        var_166 = wp::where(var_149, var_74, var_144);
        var_167 = wp::where(var_149, var_80, var_145);
        var_168 = wp::where(var_149, var_81, var_146);
        var_169 = wp::where(var_149, var_82, var_147);
        var_170 = wp::where(var_149, var_83, var_148);
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_171 = wp::mul(var_51, var_167);
        var_172 = wp::add(var_56, var_171);
        var_173 = wp::mul(var_172, var_166);
        // var_174 = wp::atomic_add(var_grid_v, var_168, var_169, var_170, var_173);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_175 = &((var_ps).mass);
        var_177 = wp::load(var_175);
        var_176 = wp::mul(var_166, var_177);
        // var_178 = wp::atomic_add(var_grid_m, var_168, var_169, var_170, var_176);
        wp::assign(var_72, var_165);
        wp::assign(var_74, var_166);
        wp::assign(var_80, var_167);
        wp::assign(var_81, var_168);
        wp::assign(var_82, var_169);
        wp::assign(var_83, var_170);
        wp::adj_assign(var_83, var_170, adj_83, adj_170);
        wp::adj_assign(var_82, var_169, adj_82, adj_169);
        wp::adj_assign(var_81, var_168, adj_81, adj_168);
        wp::adj_assign(var_80, var_167, adj_80, adj_167);
        wp::adj_assign(var_74, var_166, adj_74, adj_166);
        wp::adj_assign(var_72, var_165, adj_72, adj_165);
        wp::adj_atomic_add(var_grid_m, var_168, var_169, var_170, var_176, adj_grid_m, adj_168, adj_169, adj_170, adj_176, adj_178);
        wp::adj_mul(var_166, var_177, adj_166, adj_175, adj_176);
        adj_ps.mass += adj_175;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_168, var_169, var_170, var_173, adj_grid_v, adj_168, adj_169, adj_170, adj_173, adj_174);
        wp::adj_mul(var_172, var_166, adj_172, adj_166, adj_173);
        wp::adj_add(var_56, var_171, adj_56, adj_171, adj_172);
        wp::adj_mul(var_51, var_167, adj_51, adj_167, adj_171);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        wp::adj_where(var_149, var_83, var_148, adj_149, adj_83, adj_148, adj_170);
        wp::adj_where(var_149, var_82, var_147, adj_149, adj_82, adj_147, adj_169);
        wp::adj_where(var_149, var_81, var_146, adj_149, adj_81, adj_146, adj_168);
        wp::adj_where(var_149, var_80, var_145, adj_149, adj_80, adj_145, adj_167);
        wp::adj_where(var_149, var_74, var_144, adj_149, adj_74, adj_144, adj_166);
        wp::adj_where(var_149, var_72, var_143, adj_149, adj_72, adj_143, adj_165);
        if (var_149) {
            wp::adj_assign(var_83, var_148, adj_83, adj_148);
            wp::adj_assign(var_82, var_147, adj_82, adj_147);
            wp::adj_assign(var_81, var_146, adj_81, adj_146);
            wp::adj_assign(var_80, var_145, adj_80, adj_145);
            wp::adj_assign(var_74, var_144, adj_74, adj_144);
            wp::adj_assign(var_72, var_143, adj_72, adj_143);
            // adj: continue                                                                  <L 81>
        }
        if (!var_149) {
            adj_grid_m.shape = adj_160;
        }
        if (!var_149) {
            adj_grid_m.shape = adj_155;
        }
        adj_grid_m.shape = adj_150;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        wp::adj_where(var_136, var_83, var_135, adj_136, adj_83, adj_135, adj_148);
        wp::adj_where(var_136, var_82, var_134, adj_136, adj_82, adj_134, adj_147);
        wp::adj_where(var_136, var_81, var_133, adj_136, adj_81, adj_133, adj_146);
        wp::adj_where(var_136, var_80, var_132, adj_136, adj_80, adj_132, adj_145);
        wp::adj_where(var_136, var_74, var_126, adj_136, adj_74, adj_126, adj_144);
        wp::adj_where(var_136, var_72, var_124, adj_136, adj_72, adj_124, adj_143);
        if (var_136) {
            wp::adj_assign(var_83, var_135, adj_83, adj_135);
            wp::adj_assign(var_82, var_134, adj_82, adj_134);
            wp::adj_assign(var_81, var_133, adj_81, adj_133);
            wp::adj_assign(var_80, var_132, adj_80, adj_132);
            wp::adj_assign(var_74, var_126, adj_74, adj_126);
            wp::adj_assign(var_72, var_124, adj_72, adj_124);
            // adj: continue                                                                  <L 79>
        }
        if (!var_136) {
        }
        if (!var_136) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_121, adj_20, adj_121, adj_135);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_115, adj_15, adj_115, adj_134);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_59, adj_10, adj_59, adj_133);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_131, var_inv_dx, adj_131, adj_inv_dx, adj_132);
        wp::adj_sub(var_130, var_25, adj_130, adj_25, adj_131);
        wp::adj_vec_t(var_127, var_128, var_129, adj_127, adj_128, adj_129, adj_130);
        wp::adj_float(var_121, adj_121, adj_129);
        wp::adj_float(var_115, adj_115, adj_128);
        wp::adj_float(var_59, adj_59, adj_127);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_125, var_124, adj_125, adj_124, adj_126);
        wp::adj_mul(var_62, var_118, adj_62, adj_118, adj_125);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_123, var_121, adj_123, adj_121, adj_124);
        wp::adj_extract(var_25, var_122, adj_25, adj_122, adj_123);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_2;
    end_for_2:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_117, var_115, adj_117, adj_115, adj_118);
    wp::adj_extract(var_25, var_116, adj_25, adj_116, adj_117);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    var_68 = wp::iter_reverse(var_68);
    start_for_0:;
        if (iter_cmp(var_68) == 0) goto end_for_0;
        var_69 = wp::iter_next(var_68);
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
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
    	adj_109 = {};
    	adj_110 = {};
    	adj_111 = {};
    	adj_112 = {};
    	adj_113 = {};
    	adj_114 = {};
        // wk = weight_component(fx[2], k)                                                    <L 72>
        var_71 = wp::extract(var_25, var_70);
        var_72 = weight_component_0(var_71, var_69);
        // w = wi * wj * wk                                                                   <L 73>
        var_73 = wp::mul(var_62, var_66);
        var_74 = wp::mul(var_73, var_72);
        // dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                       <L 74>
        var_75 = wp::float(var_59);
        var_76 = wp::float(var_63);
        var_77 = wp::float(var_69);
        var_78 = wp::vec_t<3, wp::float32>(var_75, var_76, var_77);
        var_79 = wp::sub(var_78, var_25);
        var_80 = wp::div(var_79, var_inv_dx);
        // gi = base_x + i                                                                    <L 75>
        var_81 = wp::add(var_10, var_59);
        // gj = base_y + j                                                                    <L 76>
        var_82 = wp::add(var_15, var_63);
        // gk = base_z + k                                                                    <L 77>
        var_83 = wp::add(var_20, var_69);
        // if gi < 0 or gj < 0 or gk < 0:                                                     <L 78>
        var_86 = (var_81 < var_85);
        var_84 = var_86;
        if (!var_84) {
            var_88 = (var_82 < var_87);
            var_84 = var_84 || var_88;
        }
        if (!var_84) {
            var_90 = (var_83 < var_89);
            var_84 = var_84 || var_90;
        }
        if (var_84) {
            // continue                                                                       <L 79>
            goto start_for_0;
        }
        // if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:        <L 80>
        var_92 = &(var_grid_m.shape);
        var_95 = wp::load(var_92);
        var_94 = wp::extract(var_95, var_93);
        var_96 = (var_81 >= var_94);
        var_91 = var_96;
        if (!var_91) {
            var_97 = &(var_grid_m.shape);
            var_100 = wp::load(var_97);
            var_99 = wp::extract(var_100, var_98);
            var_101 = (var_82 >= var_99);
            var_91 = var_91 || var_101;
        }
        if (!var_91) {
            var_102 = &(var_grid_m.shape);
            var_105 = wp::load(var_102);
            var_104 = wp::extract(var_105, var_103);
            var_106 = (var_83 >= var_104);
            var_91 = var_91 || var_106;
        }
        if (var_91) {
            // continue                                                                       <L 81>
            goto start_for_0;
        }
        // wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                        <L 82>
        var_107 = wp::mul(var_51, var_80);
        var_108 = wp::add(var_56, var_107);
        var_109 = wp::mul(var_108, var_74);
        // var_110 = wp::atomic_add(var_grid_v, var_81, var_82, var_83, var_109);
        // wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                     <L 83>
        var_111 = &((var_ps).mass);
        var_113 = wp::load(var_111);
        var_112 = wp::mul(var_74, var_113);
        // var_114 = wp::atomic_add(var_grid_m, var_81, var_82, var_83, var_112);
        wp::adj_atomic_add(var_grid_m, var_81, var_82, var_83, var_112, adj_grid_m, adj_81, adj_82, adj_83, adj_112, adj_114);
        wp::adj_mul(var_74, var_113, adj_74, adj_111, adj_112);
        adj_ps.mass += adj_111;
        // adj: wp.atomic_add(grid_m, gi, gj, gk, w * ps.mass)                                <L 83>
        wp::adj_atomic_add(var_grid_v, var_81, var_82, var_83, var_109, adj_grid_v, adj_81, adj_82, adj_83, adj_109, adj_110);
        wp::adj_mul(var_108, var_74, adj_108, adj_74, adj_109);
        wp::adj_add(var_56, var_107, adj_56, adj_107, adj_108);
        wp::adj_mul(var_51, var_80, adj_51, adj_80, adj_107);
        // adj: wp.atomic_add(grid_v, gi, gj, gk, (mv + affine * dpos) * w)                   <L 82>
        if (var_91) {
            // adj: continue                                                                  <L 81>
        }
        if (!var_91) {
            adj_grid_m.shape = adj_102;
        }
        if (!var_91) {
            adj_grid_m.shape = adj_97;
        }
        adj_grid_m.shape = adj_92;
        // adj: if gi >= grid_m.shape[0] or gj >= grid_m.shape[1] or gk >= grid_m.shape[2]:   <L 80>
        if (var_84) {
            // adj: continue                                                                  <L 79>
        }
        if (!var_84) {
        }
        if (!var_84) {
        }
        // adj: if gi < 0 or gj < 0 or gk < 0:                                                <L 78>
        wp::adj_add(var_20, var_69, adj_20, adj_69, adj_83);
        // adj: gk = base_z + k                                                               <L 77>
        wp::adj_add(var_15, var_63, adj_15, adj_63, adj_82);
        // adj: gj = base_y + j                                                               <L 76>
        wp::adj_add(var_10, var_59, adj_10, adj_59, adj_81);
        // adj: gi = base_x + i                                                               <L 75>
        wp::adj_div(var_79, var_inv_dx, adj_79, adj_inv_dx, adj_80);
        wp::adj_sub(var_78, var_25, adj_78, adj_25, adj_79);
        wp::adj_vec_t(var_75, var_76, var_77, adj_75, adj_76, adj_77, adj_78);
        wp::adj_float(var_69, adj_69, adj_77);
        wp::adj_float(var_63, adj_63, adj_76);
        wp::adj_float(var_59, adj_59, adj_75);
        // adj: dpos = (wp.vec3(float(i), float(j), float(k)) - fx) / inv_dx                  <L 74>
        wp::adj_mul(var_73, var_72, adj_73, adj_72, adj_74);
        wp::adj_mul(var_62, var_66, adj_62, adj_66, adj_73);
        // adj: w = wi * wj * wk                                                              <L 73>
        adj_weight_component_0(var_71, var_69, adj_71, adj_69, adj_72);
        wp::adj_extract(var_25, var_70, adj_25, adj_70, adj_71);
        // adj: wk = weight_component(fx[2], k)                                               <L 72>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(3):                                                                <L 71>
    adj_weight_component_0(var_65, var_63, adj_65, adj_63, adj_66);
    wp::adj_extract(var_25, var_64, adj_25, adj_64, adj_65);
    // adj: wj = weight_component(fx[1], j)                                                   <L 70>
    // adj: for j in range(3):                                                                <L 69>
    adj_weight_component_0(var_61, var_59, adj_61, adj_59, adj_62);
    wp::adj_extract(var_25, var_60, adj_25, adj_60, adj_61);
    // adj: wi = weight_component(fx[0], i)                                                   <L 68>
    // adj: for i in range(3):                                                                <L 67>
    wp::adj_mul(var_57, var_58, adj_53, adj_55, adj_56);
    adj_ps.mass += adj_55;
    wp::adj_address(var_54, var_0, adj_52, adj_0, adj_53);
    adj_ps.v = adj_52;
    // adj: mv = ps.v[p] * ps.mass                                                            <L 66>
    wp::adj_add(var_43, var_48, adj_43, adj_48, adj_51);
    wp::adj_mul(var_49, var_50, adj_45, adj_47, adj_48);
    adj_ps.mass += adj_47;
    wp::adj_address(var_46, var_0, adj_44, adj_0, adj_45);
    adj_ps.C = adj_44;
    // adj: affine = stress + ps.C[p] * ps.mass                                               <L 65>
    wp::adj_mul(var_32, var_42, adj_32, adj_42, adj_43);
    wp::adj_mul(var_41, var_inv_dx, adj_41, adj_inv_dx, adj_42);
    wp::adj_mul(var_40, var_inv_dx, adj_40, adj_inv_dx, adj_41);
    wp::adj_mul(var_37, var_39, adj_37, adj_39, adj_40);
    wp::adj_mul(var_35, var_38, adj_35, adj_36, adj_37);
    adj_ps.volume += adj_36;
    wp::adj_neg(var_dt, adj_dt, adj_35);
    // adj: stress = stress * (-dt * ps.volume * 4.0 * inv_dx * inv_dx)                       <L 64>
    adj_snow_stress_0(var_33, var_34, var_mu0, var_lam0, var_hardening, adj_27, adj_30, adj_mu0, adj_lam0, adj_hardening, adj_32);
    wp::adj_address(var_31, var_0, adj_29, adj_0, adj_30);
    adj_ps.Jp = adj_29;
    wp::adj_address(var_28, var_0, adj_26, adj_0, adj_27);
    adj_ps.F = adj_26;
    // adj: stress = snow_stress(ps.F[p], ps.Jp[p], mu0, lam0, hardening)                     <L 63>
    wp::adj_sub(var_4, var_24, adj_4, adj_24, adj_25);
    wp::adj_vec_t(var_21, var_22, var_23, adj_21, adj_22, adj_23, adj_24);
    wp::adj_float(var_20, adj_20, adj_23);
    wp::adj_float(var_15, adj_15, adj_22);
    wp::adj_float(var_10, adj_10, adj_21);
    // adj: fx = xp - wp.vec3(float(base_x), float(base_y), float(base_z))                    <L 62>
    wp::adj_sub(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_extract(var_4, var_16, adj_4, adj_16, adj_17);
    // adj: base_z = int(xp[2] - 0.5)                                                         <L 61>
    wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_extract(var_4, var_11, adj_4, adj_11, adj_12);
    // adj: base_y = int(xp[1] - 0.5)                                                         <L 60>
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_extract(var_4, var_6, adj_4, adj_6, adj_7);
    // adj: base_x = int(xp[0] - 0.5)                                                         <L 59>
    wp::adj_mul(var_5, var_inv_dx, adj_2, adj_inv_dx, adj_4);
    wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
    adj_ps.x = adj_1;
    // adj: xp = ps.x[p] * inv_dx                                                             <L 58>
    // adj: p = wp.tid()                                                                      <L 57>
    // adj: def p2g(                                                                          <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void p2g_d595cf71_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_p2g_d595cf71 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        p2g_d595cf71_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void p2g_d595cf71_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_p2g_d595cf71 *_wp_args,
    wp_args_p2g_d595cf71 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        p2g_d595cf71_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_grid_update_9516b0fb {
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v;
    wp::array_t<wp::float32> grid_m;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;
    wp::int32 bound;
};


void grid_update_9516b0fb_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_grid_update_9516b0fb *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::array_t<wp::float32> var_grid_m = _wp_args->grid_m;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_bound = _wp_args->bound;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::shape_t* var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    wp::shape_t var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::shape_t var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::shape_t var_24;
    bool var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    const wp::int32 var_32 = 0;
    bool var_33;
    wp::int32 var_34;
    bool var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.0;
    bool var_39;
    const wp::float32 var_40 = 0.0;
    const wp::int32 var_41 = 0;
    bool var_42;
    bool var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    const wp::float32 var_48 = 0.0;
    const wp::int32 var_49 = 1;
    bool var_50;
    wp::int32 var_51;
    bool var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    const wp::float32 var_57 = 0.0;
    const wp::int32 var_58 = 1;
    bool var_59;
    bool var_60;
    const wp::int32 var_61 = 2;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.0;
    bool var_64;
    const wp::float32 var_65 = 0.0;
    const wp::int32 var_66 = 2;
    bool var_67;
    wp::int32 var_68;
    bool var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.0;
    bool var_73;
    const wp::float32 var_74 = 0.0;
    const wp::int32 var_75 = 2;
    //---------
    // forward
    // def grid_update(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float), gravity: wp.vec3, dt: float, bound: int):       <L 87>
    // i, j, k = wp.tid()                                                                     <L 88>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_m[i, j, k]                                                                    <L 89>
    var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 90>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // return                                                                             <L 91>
        return;
    }
    // v = grid_v[i, j, k] / m + gravity * dt                                                 <L 92>
    var_8 = wp::address(var_grid_v, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_10, var_4);
    var_11 = wp::mul(var_gravity, var_dt);
    var_12 = wp::add(var_9, var_11);
    // nx = grid_m.shape[0]                                                                   <L 93>
    var_13 = &(var_grid_m.shape);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    // ny = grid_m.shape[1]                                                                   <L 94>
    var_17 = &(var_grid_m.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    // nz = grid_m.shape[2]                                                                   <L 95>
    var_21 = &(var_grid_m.shape);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    // if i < bound and v[0] < 0.0:                                                           <L 96>
    var_26 = (var_0 < var_bound);
    var_25 = var_26;
    if (var_25) {
        var_28 = wp::extract(var_12, var_27);
        var_30 = (var_28 < var_29);
        var_25 = var_25 && var_30;
    }
    if (var_25) {
        // v[0] = 0.0                                                                         <L 97>
        wp::assign_inplace(var_12, var_32, var_31);
    }
    // if i > nx - bound and v[0] > 0.0:                                                      <L 98>
    var_34 = wp::sub(var_15, var_bound);
    var_35 = (var_0 > var_34);
    var_33 = var_35;
    if (var_33) {
        var_37 = wp::extract(var_12, var_36);
        var_39 = (var_37 > var_38);
        var_33 = var_33 && var_39;
    }
    if (var_33) {
        // v[0] = 0.0                                                                         <L 99>
        wp::assign_inplace(var_12, var_41, var_40);
    }
    // if j < bound and v[1] < 0.0:                                                           <L 100>
    var_43 = (var_1 < var_bound);
    var_42 = var_43;
    if (var_42) {
        var_45 = wp::extract(var_12, var_44);
        var_47 = (var_45 < var_46);
        var_42 = var_42 && var_47;
    }
    if (var_42) {
        // v[1] = 0.0                                                                         <L 101>
        wp::assign_inplace(var_12, var_49, var_48);
    }
    // if j > ny - bound and v[1] > 0.0:                                                      <L 102>
    var_51 = wp::sub(var_19, var_bound);
    var_52 = (var_1 > var_51);
    var_50 = var_52;
    if (var_50) {
        var_54 = wp::extract(var_12, var_53);
        var_56 = (var_54 > var_55);
        var_50 = var_50 && var_56;
    }
    if (var_50) {
        // v[1] = 0.0                                                                         <L 103>
        wp::assign_inplace(var_12, var_58, var_57);
    }
    // if k < bound and v[2] < 0.0:                                                           <L 104>
    var_60 = (var_2 < var_bound);
    var_59 = var_60;
    if (var_59) {
        var_62 = wp::extract(var_12, var_61);
        var_64 = (var_62 < var_63);
        var_59 = var_59 && var_64;
    }
    if (var_59) {
        // v[2] = 0.0                                                                         <L 105>
        wp::assign_inplace(var_12, var_66, var_65);
    }
    // if k > nz - bound and v[2] > 0.0:                                                      <L 106>
    var_68 = wp::sub(var_23, var_bound);
    var_69 = (var_2 > var_68);
    var_67 = var_69;
    if (var_67) {
        var_71 = wp::extract(var_12, var_70);
        var_73 = (var_71 > var_72);
        var_67 = var_67 && var_73;
    }
    if (var_67) {
        // v[2] = 0.0                                                                         <L 107>
        wp::assign_inplace(var_12, var_75, var_74);
    }
    // grid_v[i, j, k] = v                                                                    <L 108>
    wp::array_store(var_grid_v, var_0, var_1, var_2, var_12);
}



void grid_update_9516b0fb_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_grid_update_9516b0fb *_wp_args,
    wp_args_grid_update_9516b0fb *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::array_t<wp::float32> var_grid_m = _wp_args->grid_m;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_bound = _wp_args->bound;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_v = _wp_adj_args->grid_v;
    wp::array_t<wp::float32> adj_grid_m = _wp_adj_args->grid_m;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_bound = _wp_adj_args->bound;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::shape_t* var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    wp::shape_t var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::shape_t var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::shape_t var_24;
    bool var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    const wp::int32 var_32 = 0;
    bool var_33;
    wp::int32 var_34;
    bool var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.0;
    bool var_39;
    const wp::float32 var_40 = 0.0;
    const wp::int32 var_41 = 0;
    bool var_42;
    bool var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    const wp::float32 var_48 = 0.0;
    const wp::int32 var_49 = 1;
    bool var_50;
    wp::int32 var_51;
    bool var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    const wp::float32 var_57 = 0.0;
    const wp::int32 var_58 = 1;
    bool var_59;
    bool var_60;
    const wp::int32 var_61 = 2;
    wp::float32 var_62;
    const wp::float32 var_63 = 0.0;
    bool var_64;
    const wp::float32 var_65 = 0.0;
    const wp::int32 var_66 = 2;
    bool var_67;
    wp::int32 var_68;
    bool var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.0;
    bool var_73;
    const wp::float32 var_74 = 0.0;
    const wp::int32 var_75 = 2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::shape_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    bool adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    bool adj_50 = {};
    wp::int32 adj_51 = {};
    bool adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    bool adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    bool adj_59 = {};
    bool adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    bool adj_64 = {};
    wp::float32 adj_65 = {};
    wp::int32 adj_66 = {};
    bool adj_67 = {};
    wp::int32 adj_68 = {};
    bool adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    bool adj_73 = {};
    wp::float32 adj_74 = {};
    wp::int32 adj_75 = {};
    //---------
    // forward
    // def grid_update(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float), gravity: wp.vec3, dt: float, bound: int):       <L 87>
    // i, j, k = wp.tid()                                                                     <L 88>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_m[i, j, k]                                                                    <L 89>
    var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 90>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // return                                                                             <L 91>
        goto label0;
    }
    // v = grid_v[i, j, k] / m + gravity * dt                                                 <L 92>
    var_8 = wp::address(var_grid_v, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_10, var_4);
    var_11 = wp::mul(var_gravity, var_dt);
    var_12 = wp::add(var_9, var_11);
    // nx = grid_m.shape[0]                                                                   <L 93>
    var_13 = &(var_grid_m.shape);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    // ny = grid_m.shape[1]                                                                   <L 94>
    var_17 = &(var_grid_m.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    // nz = grid_m.shape[2]                                                                   <L 95>
    var_21 = &(var_grid_m.shape);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    // if i < bound and v[0] < 0.0:                                                           <L 96>
    var_26 = (var_0 < var_bound);
    var_25 = var_26;
    if (var_25) {
        var_28 = wp::extract(var_12, var_27);
        var_30 = (var_28 < var_29);
        var_25 = var_25 && var_30;
    }
    if (var_25) {
        // v[0] = 0.0                                                                         <L 97>
        wp::assign_inplace(var_12, var_32, var_31);
    }
    // if i > nx - bound and v[0] > 0.0:                                                      <L 98>
    var_34 = wp::sub(var_15, var_bound);
    var_35 = (var_0 > var_34);
    var_33 = var_35;
    if (var_33) {
        var_37 = wp::extract(var_12, var_36);
        var_39 = (var_37 > var_38);
        var_33 = var_33 && var_39;
    }
    if (var_33) {
        // v[0] = 0.0                                                                         <L 99>
        wp::assign_inplace(var_12, var_41, var_40);
    }
    // if j < bound and v[1] < 0.0:                                                           <L 100>
    var_43 = (var_1 < var_bound);
    var_42 = var_43;
    if (var_42) {
        var_45 = wp::extract(var_12, var_44);
        var_47 = (var_45 < var_46);
        var_42 = var_42 && var_47;
    }
    if (var_42) {
        // v[1] = 0.0                                                                         <L 101>
        wp::assign_inplace(var_12, var_49, var_48);
    }
    // if j > ny - bound and v[1] > 0.0:                                                      <L 102>
    var_51 = wp::sub(var_19, var_bound);
    var_52 = (var_1 > var_51);
    var_50 = var_52;
    if (var_50) {
        var_54 = wp::extract(var_12, var_53);
        var_56 = (var_54 > var_55);
        var_50 = var_50 && var_56;
    }
    if (var_50) {
        // v[1] = 0.0                                                                         <L 103>
        wp::assign_inplace(var_12, var_58, var_57);
    }
    // if k < bound and v[2] < 0.0:                                                           <L 104>
    var_60 = (var_2 < var_bound);
    var_59 = var_60;
    if (var_59) {
        var_62 = wp::extract(var_12, var_61);
        var_64 = (var_62 < var_63);
        var_59 = var_59 && var_64;
    }
    if (var_59) {
        // v[2] = 0.0                                                                         <L 105>
        wp::assign_inplace(var_12, var_66, var_65);
    }
    // if k > nz - bound and v[2] > 0.0:                                                      <L 106>
    var_68 = wp::sub(var_23, var_bound);
    var_69 = (var_2 > var_68);
    var_67 = var_69;
    if (var_67) {
        var_71 = wp::extract(var_12, var_70);
        var_73 = (var_71 > var_72);
        var_67 = var_67 && var_73;
    }
    if (var_67) {
        // v[2] = 0.0                                                                         <L 107>
        wp::assign_inplace(var_12, var_75, var_74);
    }
    // grid_v[i, j, k] = v                                                                    <L 108>
    // wp::array_store(var_grid_v, var_0, var_1, var_2, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_grid_v, var_0, var_1, var_2, var_12, adj_grid_v, adj_0, adj_1, adj_2, adj_12);
    // adj: grid_v[i, j, k] = v                                                               <L 108>
    if (var_67) {
        wp::adj_assign_inplace(var_12, var_75, var_74, adj_12, adj_75, adj_74);
        // adj: v[2] = 0.0                                                                    <L 107>
    }
    if (var_67) {
        wp::adj_extract(var_12, var_70, adj_12, adj_70, adj_71);
    }
    wp::adj_sub(var_23, var_bound, adj_23, adj_bound, adj_68);
    // adj: if k > nz - bound and v[2] > 0.0:                                                 <L 106>
    if (var_59) {
        wp::adj_assign_inplace(var_12, var_66, var_65, adj_12, adj_66, adj_65);
        // adj: v[2] = 0.0                                                                    <L 105>
    }
    if (var_59) {
        wp::adj_extract(var_12, var_61, adj_12, adj_61, adj_62);
    }
    // adj: if k < bound and v[2] < 0.0:                                                      <L 104>
    if (var_50) {
        wp::adj_assign_inplace(var_12, var_58, var_57, adj_12, adj_58, adj_57);
        // adj: v[1] = 0.0                                                                    <L 103>
    }
    if (var_50) {
        wp::adj_extract(var_12, var_53, adj_12, adj_53, adj_54);
    }
    wp::adj_sub(var_19, var_bound, adj_19, adj_bound, adj_51);
    // adj: if j > ny - bound and v[1] > 0.0:                                                 <L 102>
    if (var_42) {
        wp::adj_assign_inplace(var_12, var_49, var_48, adj_12, adj_49, adj_48);
        // adj: v[1] = 0.0                                                                    <L 101>
    }
    if (var_42) {
        wp::adj_extract(var_12, var_44, adj_12, adj_44, adj_45);
    }
    // adj: if j < bound and v[1] < 0.0:                                                      <L 100>
    if (var_33) {
        wp::adj_assign_inplace(var_12, var_41, var_40, adj_12, adj_41, adj_40);
        // adj: v[0] = 0.0                                                                    <L 99>
    }
    if (var_33) {
        wp::adj_extract(var_12, var_36, adj_12, adj_36, adj_37);
    }
    wp::adj_sub(var_15, var_bound, adj_15, adj_bound, adj_34);
    // adj: if i > nx - bound and v[0] > 0.0:                                                 <L 98>
    if (var_25) {
        wp::adj_assign_inplace(var_12, var_32, var_31, adj_12, adj_32, adj_31);
        // adj: v[0] = 0.0                                                                    <L 97>
    }
    if (var_25) {
        wp::adj_extract(var_12, var_27, adj_12, adj_27, adj_28);
    }
    // adj: if i < bound and v[0] < 0.0:                                                      <L 96>
    adj_grid_m.shape = adj_21;
    // adj: nz = grid_m.shape[2]                                                              <L 95>
    adj_grid_m.shape = adj_17;
    // adj: ny = grid_m.shape[1]                                                              <L 94>
    adj_grid_m.shape = adj_13;
    // adj: nx = grid_m.shape[0]                                                              <L 93>
    wp::adj_add(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_mul(var_gravity, var_dt, adj_gravity, adj_dt, adj_11);
    wp::adj_div(var_10, var_4, adj_8, adj_4, adj_9);
    wp::adj_address(var_grid_v, var_0, var_1, var_2, adj_grid_v, adj_0, adj_1, adj_2, adj_8);
    // adj: v = grid_v[i, j, k] / m + gravity * dt                                            <L 92>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 91>
    }
    // adj: if m <= 0.0:                                                                      <L 90>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_grid_m, var_0, var_1, var_2, adj_grid_m, adj_0, adj_1, adj_2, adj_3);
    // adj: m = grid_m[i, j, k]                                                               <L 89>
    // adj: i, j, k = wp.tid()                                                                <L 88>
    // adj: def grid_update(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float), gravity: wp.vec3, dt: float, bound: int):  <L 87>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void grid_update_9516b0fb_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_update_9516b0fb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        grid_update_9516b0fb_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void grid_update_9516b0fb_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_update_9516b0fb *_wp_args,
    wp_args_grid_update_9516b0fb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        grid_update_9516b0fb_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

