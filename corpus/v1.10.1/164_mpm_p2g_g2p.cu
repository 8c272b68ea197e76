
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


struct MPMState_fed5450d
{
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> C;
    wp::array_t<wp::float32> Jp;


    MPMState_fed5450d() = default;
    CUDA_CALLABLE MPMState_fed5450d(wp::array_t<wp::vec_t<3, wp::float32>> const& x,
    wp::array_t<wp::vec_t<3, wp::float32>> const& v = {},
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const& F = {},
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const& C = {},
    wp::array_t<wp::float32> const& Jp = {})
        : x{x}
        , v{v}
        , F{F}
        , C{C}
        , Jp{Jp}

    {
    }

    CUDA_CALLABLE MPMState_fed5450d& operator += (const MPMState_fed5450d& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_MPMState_fed5450d(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const&,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> & adj_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> & adj_C,
    wp::array_t<wp::float32> & adj_Jp,
    MPMState_fed5450d & adj_ret)
{
    adj_x = adj_ret.x;
    adj_v = adj_ret.v;
    adj_F = adj_ret.F;
    adj_C = adj_ret.C;
    adj_Jp = adj_ret.Jp;
}

// Required when compiling adjoints.
CUDA_CALLABLE MPMState_fed5450d add(const MPMState_fed5450d& a, const MPMState_fed5450d& b)
{
    return MPMState_fed5450d();
}

CUDA_CALLABLE void adj_atomic_add(MPMState_fed5450d* p, MPMState_fed5450d t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->F, t.F);
    wp::adj_atomic_add(&p->C, t.C);
    wp::adj_atomic_add(&p->Jp, t.Jp);
}



// corpus/164_mpm_p2g_g2p.py:19
static CUDA_CALLABLE void quad_weights_0(
    wp::vec_t<3, wp::float32> var_fx,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.5;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.5;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    const wp::float32 var_12 = 1.5;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.5;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    const wp::float32 var_23 = 1.5;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1.5;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.75;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    const wp::float32 var_37 = 1.0;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.75;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    const wp::float32 var_48 = 1.0;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    const wp::float32 var_52 = 1.0;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.75;
    const wp::int32 var_57 = 2;
    wp::float32 var_58;
    const wp::float32 var_59 = 1.0;
    wp::float32 var_60;
    const wp::int32 var_61 = 2;
    wp::float32 var_62;
    const wp::float32 var_63 = 1.0;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    const wp::float32 var_68 = 0.5;
    const wp::int32 var_69 = 0;
    wp::float32 var_70;
    const wp::float32 var_71 = 0.5;
    wp::float32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    wp::float32 var_75;
    const wp::float32 var_76 = 0.5;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::float32 var_79 = 0.5;
    const wp::int32 var_80 = 1;
    wp::float32 var_81;
    const wp::float32 var_82 = 0.5;
    wp::float32 var_83;
    wp::float32 var_84;
    const wp::int32 var_85 = 1;
    wp::float32 var_86;
    const wp::float32 var_87 = 0.5;
    wp::float32 var_88;
    wp::float32 var_89;
    const wp::float32 var_90 = 0.5;
    const wp::int32 var_91 = 2;
    wp::float32 var_92;
    const wp::float32 var_93 = 0.5;
    wp::float32 var_94;
    wp::float32 var_95;
    const wp::int32 var_96 = 2;
    wp::float32 var_97;
    const wp::float32 var_98 = 0.5;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::vec_t<3, wp::float32> var_101;
    //---------
    // forward
    // def quad_weights(fx: wp.vec3):                                                         <L 20>
    // w0 = wp.vec3(0.5 * (1.5 - fx[0]) * (1.5 - fx[0]), 0.5 * (1.5 - fx[1]) * (1.5 - fx[1]), 0.5 * (1.5 - fx[2]) * (1.5 - fx[2]))       <L 21>
    var_3 = wp::extract(var_fx, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_5 = wp::mul(var_0, var_4);
    var_8 = wp::extract(var_fx, var_7);
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::mul(var_5, var_9);
    var_14 = wp::extract(var_fx, var_13);
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::mul(var_11, var_15);
    var_19 = wp::extract(var_fx, var_18);
    var_20 = wp::sub(var_17, var_19);
    var_21 = wp::mul(var_16, var_20);
    var_25 = wp::extract(var_fx, var_24);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::mul(var_22, var_26);
    var_30 = wp::extract(var_fx, var_29);
    var_31 = wp::sub(var_28, var_30);
    var_32 = wp::mul(var_27, var_31);
    var_33 = wp::vec_t<3, wp::float32>(var_10, var_21, var_32);
    // w1 = wp.vec3(0.75 - (fx[0] - 1.0) * (fx[0] - 1.0), 0.75 - (fx[1] - 1.0) * (fx[1] - 1.0), 0.75 - (fx[2] - 1.0) * (fx[2] - 1.0))       <L 22>
    var_36 = wp::extract(var_fx, var_35);
    var_38 = wp::sub(var_36, var_37);
    var_40 = wp::extract(var_fx, var_39);
    var_42 = wp::sub(var_40, var_41);
    var_43 = wp::mul(var_38, var_42);
    var_44 = wp::sub(var_34, var_43);
    var_47 = wp::extract(var_fx, var_46);
    var_49 = wp::sub(var_47, var_48);
    var_51 = wp::extract(var_fx, var_50);
    var_53 = wp::sub(var_51, var_52);
    var_54 = wp::mul(var_49, var_53);
    var_55 = wp::sub(var_45, var_54);
    var_58 = wp::extract(var_fx, var_57);
    var_60 = wp::sub(var_58, var_59);
    var_62 = wp::extract(var_fx, var_61);
    var_64 = wp::sub(var_62, var_63);
    var_65 = wp::mul(var_60, var_64);
    var_66 = wp::sub(var_56, var_65);
    var_67 = wp::vec_t<3, wp::float32>(var_44, var_55, var_66);
    // w2 = wp.vec3(0.5 * (fx[0] - 0.5) * (fx[0] - 0.5), 0.5 * (fx[1] - 0.5) * (fx[1] - 0.5), 0.5 * (fx[2] - 0.5) * (fx[2] - 0.5))       <L 23>
    var_70 = wp::extract(var_fx, var_69);
    var_72 = wp::sub(var_70, var_71);
    var_73 = wp::mul(var_68, var_72);
    var_75 = wp::extract(var_fx, var_74);
    var_77 = wp::sub(var_75, var_76);
    var_78 = wp::mul(var_73, var_77);
    var_81 = wp::extract(var_fx, var_80);
    var_83 = wp::sub(var_81, var_82);
    var_84 = wp::mul(var_79, var_83);
    var_86 = wp::extract(var_fx, var_85);
    var_88 = wp::sub(var_86, var_87);
    var_89 = wp::mul(var_84, var_88);
    var_92 = wp::extract(var_fx, var_91);
    var_94 = wp::sub(var_92, var_93);
    var_95 = wp::mul(var_90, var_94);
    var_97 = wp::extract(var_fx, var_96);
    var_99 = wp::sub(var_97, var_98);
    var_100 = wp::mul(var_95, var_99);
    var_101 = wp::vec_t<3, wp::float32>(var_78, var_89, var_100);
    // return w0, w1, w2                                                                      <L 24>
    ret_0 = var_33;
    ret_1 = var_67;
    ret_2 = var_101;
    return;
}


// corpus/164_mpm_p2g_g2p.py:36
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> fixed_corotated_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_Jp)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 10000.0;
    const wp::float32 var_1 = 2.0;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 0.2;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    const wp::float32 var_29 = 2.0;
    wp::float32 var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    const wp::int32 var_35 = 3;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 1.0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::mat_t<3, 3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    //---------
    // forward
    // def fixed_corotated_stress(F: wp.mat33, Jp: float) -> wp.mat33:                        <L 37>
    // mu = E_MOD / (2.0 * (1.0 + NU))                                                        <L 38>
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    var_6 = wp::div(var_0, var_5);
    // la = E_MOD * NU / ((1.0 + NU) * (1.0 - 2.0 * NU))                                      <L 39>
    var_7 = wp::mul(var_0, var_3);
    var_9 = wp::add(var_8, var_3);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::sub(var_10, var_12);
    var_14 = wp::mul(var_9, var_13);
    var_15 = wp::div(var_7, var_14);
    // U = wp.mat33()                                                                         <L 40>
    var_16 = wp::mat_t<3, 3, wp::float32>();
    // sig = wp.vec3()                                                                        <L 41>
    var_17 = wp::vec_t<3, wp::float32>();
    // V = wp.mat33()                                                                         <L 42>
    var_18 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U, sig, V)                                                                  <L 43>
    wp::svd3(var_F, var_16, var_17, var_18);
    // J = sig[0] * sig[1] * sig[2]                                                           <L 44>
    var_20 = wp::extract(var_17, var_19);
    var_22 = wp::extract(var_17, var_21);
    var_23 = wp::mul(var_20, var_22);
    var_25 = wp::extract(var_17, var_24);
    var_26 = wp::mul(var_23, var_25);
    // R = U * wp.transpose(V)                                                                <L 45>
    var_27 = wp::transpose(var_18);
    var_28 = wp::mul(var_16, var_27);
    // return 2.0 * mu * (F - R) * wp.transpose(F) + wp.identity(n=3, dtype=float) * (la * J * (J - 1.0))       <L 46>
    var_30 = wp::mul(var_29, var_6);
    var_31 = wp::sub(var_F, var_28);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::transpose(var_F);
    var_34 = wp::mul(var_32, var_33);
    var_36 = wp::identity<3, wp::float32>();
    var_37 = wp::mul(var_15, var_26);
    var_39 = wp::sub(var_26, var_38);
    var_40 = wp::mul(var_37, var_39);
    var_41 = wp::mul(var_36, var_40);
    var_42 = wp::add(var_34, var_41);
    return var_42;
}


// corpus/164_mpm_p2g_g2p.py:27
static CUDA_CALLABLE wp::float32 pick_0(
    wp::vec_t<3, wp::float32> var_w0,
    wp::vec_t<3, wp::float32> var_w1,
    wp::vec_t<3, wp::float32> var_w2,
    wp::int32 var_k,
    wp::int32 var_axis)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    bool var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def pick(w0: wp.vec3, w1: wp.vec3, w2: wp.vec3, k: int, axis: int) -> float:           <L 28>
    // if k == 0:                                                                             <L 29>
    var_1 = (var_k == var_0);
    if (var_1) {
        // return w0[axis]                                                                    <L 30>
        var_2 = wp::extract(var_w0, var_axis);
        return var_2;
    }
    if (!var_1) {
        // elif k == 1:                                                                       <L 31>
        var_4 = (var_k == var_3);
        if (var_4) {
            // return w1[axis]                                                                <L 32>
            var_5 = wp::extract(var_w1, var_axis);
            return var_5;
        }
    }
    // return w2[axis]                                                                        <L 33>
    var_6 = wp::extract(var_w2, var_axis);
    return var_6;
}


// corpus/164_mpm_p2g_g2p.py:19
static CUDA_CALLABLE void adj_quad_weights_0(
    wp::vec_t<3, wp::float32> var_fx,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::vec_t<3, wp::float32> & adj_fx,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/164_mpm_p2g_g2p.py:36
static CUDA_CALLABLE void adj_fixed_corotated_stress_0(
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_Jp,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_Jp,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/164_mpm_p2g_g2p.py:27
static CUDA_CALLABLE void adj_pick_0(
    wp::vec_t<3, wp::float32> var_w0,
    wp::vec_t<3, wp::float32> var_w1,
    wp::vec_t<3, wp::float32> var_w2,
    wp::int32 var_k,
    wp::int32 var_axis,
    wp::vec_t<3, wp::float32> & adj_w0,
    wp::vec_t<3, wp::float32> & adj_w1,
    wp::vec_t<3, wp::float32> & adj_w2,
    wp::int32 & adj_k,
    wp::int32 & adj_axis,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void p2g_417c098b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    MPMState_fed5450d var_s,
    wp::float32 var_dx,
    wp::float32 var_dt,
    wp::float32 var_p_vol,
    wp::float32 var_p_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::array_t<wp::float32> var_grid_m)
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
        wp::array_t<wp::vec_t<3, wp::float32>>* var_0;
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::int32 var_5;
        const wp::float32 var_6 = 1.0;
        wp::float32 var_7;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::array_t<wp::vec_t<3, wp::float32>> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::vec_t<3, wp::int32> var_28;
        const wp::int32 var_29 = 0;
        wp::int32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_43;
        wp::mat_t<3, 3, wp::float32>* var_44;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_45;
        wp::array_t<wp::float32>* var_46;
        wp::float32* var_47;
        wp::array_t<wp::float32> var_48;
        wp::mat_t<3, 3, wp::float32> var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 4.0;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_59;
        wp::mat_t<3, 3, wp::float32>* var_60;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_61;
        wp::mat_t<3, 3, wp::float32> var_62;
        wp::mat_t<3, 3, wp::float32> var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 3;
        wp::range_t var_68;
        wp::int32 var_69;
        const wp::int32 var_70 = 0;
        wp::int32 var_71;
        wp::int32 var_72;
        const wp::int32 var_73 = 1;
        wp::int32 var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 2;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 0;
        bool var_80;
        const wp::int32 var_81 = 0;
        bool var_82;
        const wp::int32 var_83 = 0;
        bool var_84;
        const wp::int32 var_85 = 32;
        bool var_86;
        bool var_87;
        bool var_88;
        bool var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        const wp::int32 var_96 = 0;
        wp::float32 var_97;
        const wp::int32 var_98 = 1;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 2;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::array_t<wp::vec_t<3, wp::float32>> var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        const wp::int32 var_115 = 1;
        const wp::int32 var_116 = 3;
        wp::range_t var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 0;
        wp::int32 var_120;
        wp::int32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        wp::int32 var_124;
        const wp::int32 var_125 = 2;
        wp::int32 var_126;
        wp::int32 var_127;
        const wp::int32 var_128 = 0;
        bool var_129;
        const wp::int32 var_130 = 0;
        bool var_131;
        const wp::int32 var_132 = 0;
        bool var_133;
        bool var_134;
        bool var_135;
        bool var_136;
        bool var_137;
        wp::int32 var_138;
        wp::int32 var_139;
        wp::int32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        wp::vec_t<3, wp::float32> var_144;
        wp::vec_t<3, wp::float32> var_145;
        wp::vec_t<3, wp::float32> var_146;
        const wp::int32 var_147 = 0;
        wp::float32 var_148;
        const wp::int32 var_149 = 1;
        wp::float32 var_150;
        wp::float32 var_151;
        const wp::int32 var_152 = 2;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_155;
        wp::vec_t<3, wp::float32>* var_156;
        wp::array_t<wp::vec_t<3, wp::float32>> var_157;
        wp::vec_t<3, wp::float32> var_158;
        wp::vec_t<3, wp::float32> var_159;
        wp::vec_t<3, wp::float32> var_160;
        wp::vec_t<3, wp::float32> var_161;
        wp::vec_t<3, wp::float32> var_162;
        wp::vec_t<3, wp::float32> var_163;
        wp::float32 var_164;
        wp::float32 var_165;
        const wp::int32 var_166 = 2;
        const wp::int32 var_167 = 3;
        wp::range_t var_168;
        wp::int32 var_169;
        const wp::int32 var_170 = 0;
        wp::int32 var_171;
        wp::int32 var_172;
        const wp::int32 var_173 = 1;
        wp::int32 var_174;
        wp::int32 var_175;
        const wp::int32 var_176 = 2;
        wp::int32 var_177;
        wp::int32 var_178;
        const wp::int32 var_179 = 0;
        bool var_180;
        const wp::int32 var_181 = 0;
        bool var_182;
        const wp::int32 var_183 = 0;
        bool var_184;
        bool var_185;
        bool var_186;
        bool var_187;
        bool var_188;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        wp::float32 var_194;
        wp::vec_t<3, wp::float32> var_195;
        wp::vec_t<3, wp::float32> var_196;
        wp::vec_t<3, wp::float32> var_197;
        const wp::int32 var_198 = 0;
        wp::float32 var_199;
        const wp::int32 var_200 = 1;
        wp::float32 var_201;
        wp::float32 var_202;
        const wp::int32 var_203 = 2;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_206;
        wp::vec_t<3, wp::float32>* var_207;
        wp::array_t<wp::vec_t<3, wp::float32>> var_208;
        wp::vec_t<3, wp::float32> var_209;
        wp::vec_t<3, wp::float32> var_210;
        wp::vec_t<3, wp::float32> var_211;
        wp::vec_t<3, wp::float32> var_212;
        wp::vec_t<3, wp::float32> var_213;
        wp::vec_t<3, wp::float32> var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        const wp::int32 var_217 = 1;
        const wp::int32 var_218 = 0;
        const wp::int32 var_219 = 3;
        wp::range_t var_220;
        wp::int32 var_221;
        const wp::int32 var_222 = 0;
        wp::int32 var_223;
        wp::int32 var_224;
        const wp::int32 var_225 = 1;
        wp::int32 var_226;
        wp::int32 var_227;
        const wp::int32 var_228 = 2;
        wp::int32 var_229;
        wp::int32 var_230;
        const wp::int32 var_231 = 0;
        bool var_232;
        const wp::int32 var_233 = 0;
        bool var_234;
        const wp::int32 var_235 = 0;
        bool var_236;
        bool var_237;
        bool var_238;
        bool var_239;
        bool var_240;
        wp::int32 var_241;
        wp::int32 var_242;
        wp::int32 var_243;
        wp::float32 var_244;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::vec_t<3, wp::float32> var_247;
        wp::vec_t<3, wp::float32> var_248;
        wp::vec_t<3, wp::float32> var_249;
        const wp::int32 var_250 = 0;
        wp::float32 var_251;
        const wp::int32 var_252 = 1;
        wp::float32 var_253;
        wp::float32 var_254;
        const wp::int32 var_255 = 2;
        wp::float32 var_256;
        wp::float32 var_257;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_258;
        wp::vec_t<3, wp::float32>* var_259;
        wp::array_t<wp::vec_t<3, wp::float32>> var_260;
        wp::vec_t<3, wp::float32> var_261;
        wp::vec_t<3, wp::float32> var_262;
        wp::vec_t<3, wp::float32> var_263;
        wp::vec_t<3, wp::float32> var_264;
        wp::vec_t<3, wp::float32> var_265;
        wp::vec_t<3, wp::float32> var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        const wp::int32 var_269 = 1;
        const wp::int32 var_270 = 3;
        wp::range_t var_271;
        wp::int32 var_272;
        const wp::int32 var_273 = 0;
        wp::int32 var_274;
        wp::int32 var_275;
        const wp::int32 var_276 = 1;
        wp::int32 var_277;
        wp::int32 var_278;
        const wp::int32 var_279 = 2;
        wp::int32 var_280;
        wp::int32 var_281;
        const wp::int32 var_282 = 0;
        bool var_283;
        const wp::int32 var_284 = 0;
        bool var_285;
        const wp::int32 var_286 = 0;
        bool var_287;
        bool var_288;
        bool var_289;
        bool var_290;
        bool var_291;
        wp::int32 var_292;
        wp::int32 var_293;
        wp::int32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        wp::float32 var_297;
        wp::vec_t<3, wp::float32> var_298;
        wp::vec_t<3, wp::float32> var_299;
        wp::vec_t<3, wp::float32> var_300;
        const wp::int32 var_301 = 0;
        wp::float32 var_302;
        const wp::int32 var_303 = 1;
        wp::float32 var_304;
        wp::float32 var_305;
        const wp::int32 var_306 = 2;
        wp::float32 var_307;
        wp::float32 var_308;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_309;
        wp::vec_t<3, wp::float32>* var_310;
        wp::array_t<wp::vec_t<3, wp::float32>> var_311;
        wp::vec_t<3, wp::float32> var_312;
        wp::vec_t<3, wp::float32> var_313;
        wp::vec_t<3, wp::float32> var_314;
        wp::vec_t<3, wp::float32> var_315;
        wp::vec_t<3, wp::float32> var_316;
        wp::vec_t<3, wp::float32> var_317;
        wp::float32 var_318;
        wp::float32 var_319;
        const wp::int32 var_320 = 2;
        const wp::int32 var_321 = 3;
        wp::range_t var_322;
        wp::int32 var_323;
        const wp::int32 var_324 = 0;
        wp::int32 var_325;
        wp::int32 var_326;
        const wp::int32 var_327 = 1;
        wp::int32 var_328;
        wp::int32 var_329;
        const wp::int32 var_330 = 2;
        wp::int32 var_331;
        wp::int32 var_332;
        const wp::int32 var_333 = 0;
        bool var_334;
        const wp::int32 var_335 = 0;
        bool var_336;
        const wp::int32 var_337 = 0;
        bool var_338;
        bool var_339;
        bool var_340;
        bool var_341;
        bool var_342;
        wp::int32 var_343;
        wp::int32 var_344;
        wp::int32 var_345;
        wp::float32 var_346;
        wp::float32 var_347;
        wp::float32 var_348;
        wp::vec_t<3, wp::float32> var_349;
        wp::vec_t<3, wp::float32> var_350;
        wp::vec_t<3, wp::float32> var_351;
        const wp::int32 var_352 = 0;
        wp::float32 var_353;
        const wp::int32 var_354 = 1;
        wp::float32 var_355;
        wp::float32 var_356;
        const wp::int32 var_357 = 2;
        wp::float32 var_358;
        wp::float32 var_359;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_360;
        wp::vec_t<3, wp::float32>* var_361;
        wp::array_t<wp::vec_t<3, wp::float32>> var_362;
        wp::vec_t<3, wp::float32> var_363;
        wp::vec_t<3, wp::float32> var_364;
        wp::vec_t<3, wp::float32> var_365;
        wp::vec_t<3, wp::float32> var_366;
        wp::vec_t<3, wp::float32> var_367;
        wp::vec_t<3, wp::float32> var_368;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 2;
        const wp::int32 var_372 = 0;
        const wp::int32 var_373 = 3;
        wp::range_t var_374;
        wp::int32 var_375;
        const wp::int32 var_376 = 0;
        wp::int32 var_377;
        wp::int32 var_378;
        const wp::int32 var_379 = 1;
        wp::int32 var_380;
        wp::int32 var_381;
        const wp::int32 var_382 = 2;
        wp::int32 var_383;
        wp::int32 var_384;
        const wp::int32 var_385 = 0;
        bool var_386;
        const wp::int32 var_387 = 0;
        bool var_388;
        const wp::int32 var_389 = 0;
        bool var_390;
        bool var_391;
        bool var_392;
        bool var_393;
        bool var_394;
        wp::int32 var_395;
        wp::int32 var_396;
        wp::int32 var_397;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        wp::vec_t<3, wp::float32> var_401;
        wp::vec_t<3, wp::float32> var_402;
        wp::vec_t<3, wp::float32> var_403;
        const wp::int32 var_404 = 0;
        wp::float32 var_405;
        const wp::int32 var_406 = 1;
        wp::float32 var_407;
        wp::float32 var_408;
        const wp::int32 var_409 = 2;
        wp::float32 var_410;
        wp::float32 var_411;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_412;
        wp::vec_t<3, wp::float32>* var_413;
        wp::array_t<wp::vec_t<3, wp::float32>> var_414;
        wp::vec_t<3, wp::float32> var_415;
        wp::vec_t<3, wp::float32> var_416;
        wp::vec_t<3, wp::float32> var_417;
        wp::vec_t<3, wp::float32> var_418;
        wp::vec_t<3, wp::float32> var_419;
        wp::vec_t<3, wp::float32> var_420;
        wp::float32 var_421;
        wp::float32 var_422;
        const wp::int32 var_423 = 1;
        const wp::int32 var_424 = 3;
        wp::range_t var_425;
        wp::int32 var_426;
        const wp::int32 var_427 = 0;
        wp::int32 var_428;
        wp::int32 var_429;
        const wp::int32 var_430 = 1;
        wp::int32 var_431;
        wp::int32 var_432;
        const wp::int32 var_433 = 2;
        wp::int32 var_434;
        wp::int32 var_435;
        const wp::int32 var_436 = 0;
        bool var_437;
        const wp::int32 var_438 = 0;
        bool var_439;
        const wp::int32 var_440 = 0;
        bool var_441;
        bool var_442;
        bool var_443;
        bool var_444;
        bool var_445;
        wp::int32 var_446;
        wp::int32 var_447;
        wp::int32 var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::vec_t<3, wp::float32> var_452;
        wp::vec_t<3, wp::float32> var_453;
        wp::vec_t<3, wp::float32> var_454;
        const wp::int32 var_455 = 0;
        wp::float32 var_456;
        const wp::int32 var_457 = 1;
        wp::float32 var_458;
        wp::float32 var_459;
        const wp::int32 var_460 = 2;
        wp::float32 var_461;
        wp::float32 var_462;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_463;
        wp::vec_t<3, wp::float32>* var_464;
        wp::array_t<wp::vec_t<3, wp::float32>> var_465;
        wp::vec_t<3, wp::float32> var_466;
        wp::vec_t<3, wp::float32> var_467;
        wp::vec_t<3, wp::float32> var_468;
        wp::vec_t<3, wp::float32> var_469;
        wp::vec_t<3, wp::float32> var_470;
        wp::vec_t<3, wp::float32> var_471;
        wp::float32 var_472;
        wp::float32 var_473;
        const wp::int32 var_474 = 2;
        const wp::int32 var_475 = 3;
        wp::range_t var_476;
        wp::int32 var_477;
        const wp::int32 var_478 = 0;
        wp::int32 var_479;
        wp::int32 var_480;
        const wp::int32 var_481 = 1;
        wp::int32 var_482;
        wp::int32 var_483;
        const wp::int32 var_484 = 2;
        wp::int32 var_485;
        wp::int32 var_486;
        const wp::int32 var_487 = 0;
        bool var_488;
        const wp::int32 var_489 = 0;
        bool var_490;
        const wp::int32 var_491 = 0;
        bool var_492;
        bool var_493;
        bool var_494;
        bool var_495;
        bool var_496;
        wp::int32 var_497;
        wp::int32 var_498;
        wp::int32 var_499;
        wp::float32 var_500;
        wp::float32 var_501;
        wp::float32 var_502;
        wp::vec_t<3, wp::float32> var_503;
        wp::vec_t<3, wp::float32> var_504;
        wp::vec_t<3, wp::float32> var_505;
        const wp::int32 var_506 = 0;
        wp::float32 var_507;
        const wp::int32 var_508 = 1;
        wp::float32 var_509;
        wp::float32 var_510;
        const wp::int32 var_511 = 2;
        wp::float32 var_512;
        wp::float32 var_513;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_514;
        wp::vec_t<3, wp::float32>* var_515;
        wp::array_t<wp::vec_t<3, wp::float32>> var_516;
        wp::vec_t<3, wp::float32> var_517;
        wp::vec_t<3, wp::float32> var_518;
        wp::vec_t<3, wp::float32> var_519;
        wp::vec_t<3, wp::float32> var_520;
        wp::vec_t<3, wp::float32> var_521;
        wp::vec_t<3, wp::float32> var_522;
        wp::float32 var_523;
        wp::float32 var_524;
        //---------
        // forward
        // def p2g(s: MPMState, dx: float, dt: float, p_vol: float, p_mass: float, grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float)):       <L 50>
        // p = s.x.shape[0]                                                                       <L 51>
        var_0 = &(var_s.x);
        var_1 = &(var_0->shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // i = wp.tid()                                                                           <L 52>
        var_5 = builtin_tid1d();
        // inv_dx = 1.0 / dx                                                                      <L 53>
        var_7 = wp::div(var_6, var_dx);
        // xp = s.x[i] * inv_dx                                                                   <L 54>
        var_8 = &(var_s.x);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_5);
        var_12 = wp::load(var_9);
        var_11 = wp::mul(var_12, var_7);
        // base = wp.vec3i(int(xp[0] - 0.5), int(xp[1] - 0.5), int(xp[2] - 0.5))                  <L 55>
        var_14 = wp::extract(var_11, var_13);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::int(var_16);
        var_19 = wp::extract(var_11, var_18);
        var_21 = wp::sub(var_19, var_20);
        var_22 = wp::int(var_21);
        var_24 = wp::extract(var_11, var_23);
        var_26 = wp::sub(var_24, var_25);
        var_27 = wp::int(var_26);
        var_28 = wp::vec_t<3, wp::int32>(var_17, var_22, var_27);
        // fx = xp - wp.vec3(float(base[0]), float(base[1]), float(base[2]))                      <L 56>
        var_30 = wp::extract(var_28, var_29);
        var_31 = wp::float(var_30);
        var_33 = wp::extract(var_28, var_32);
        var_34 = wp::float(var_33);
        var_36 = wp::extract(var_28, var_35);
        var_37 = wp::float(var_36);
        var_38 = wp::vec_t<3, wp::float32>(var_31, var_34, var_37);
        var_39 = wp::sub(var_11, var_38);
        // w0, w1, w2 = quad_weights(fx)                                                          <L 57>
        quad_weights_0(var_39, var_40, var_41, var_42);
        // stress = fixed_corotated_stress(s.F[i], s.Jp[i])                                       <L 58>
        var_43 = &(var_s.F);
        var_45 = wp::load(var_43);
        var_44 = wp::address(var_45, var_5);
        var_46 = &(var_s.Jp);
        var_48 = wp::load(var_46);
        var_47 = wp::address(var_48, var_5);
        var_50 = wp::load(var_44);
        var_51 = wp::load(var_47);
        var_49 = fixed_corotated_stress_0(var_50, var_51);
        // affine = stress * (-dt * p_vol * 4.0 * inv_dx * inv_dx) + s.C[i] * p_mass              <L 59>
        var_52 = wp::neg(var_dt);
        var_53 = wp::mul(var_52, var_p_vol);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::mul(var_55, var_7);
        var_57 = wp::mul(var_56, var_7);
        var_58 = wp::mul(var_49, var_57);
        var_59 = &(var_s.C);
        var_61 = wp::load(var_59);
        var_60 = wp::address(var_61, var_5);
        var_63 = wp::load(var_60);
        var_62 = wp::mul(var_63, var_p_mass);
        var_64 = wp::add(var_58, var_62);
        // for a in range(3):                                                                     <L 60>
        // for b in range(3):                                                                     <L 61>
        // for c in range(3):                                                                     <L 62>
        var_68 = wp::range(var_67);
        start_for_0:;
            if (iter_cmp(var_68) == 0) goto end_for_0;
            var_69 = wp::iter_next(var_68);
            // gi = base[0] + a                                                                   <L 63>
            var_71 = wp::extract(var_28, var_70);
            var_72 = wp::add(var_71, var_65);
            // gj = base[1] + b                                                                   <L 64>
            var_74 = wp::extract(var_28, var_73);
            var_75 = wp::add(var_74, var_66);
            // gk = base[2] + c                                                                   <L 65>
            var_77 = wp::extract(var_28, var_76);
            var_78 = wp::add(var_77, var_69);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_80 = (var_72 < var_79);
            var_82 = (var_75 < var_81);
            var_84 = (var_78 < var_83);
            var_86 = (var_72 >= var_85);
            var_87 = (var_75 >= var_85);
            var_88 = (var_78 >= var_85);
            var_89 = var_80 || var_82 || var_84 || var_86 || var_87 || var_88;
            if (var_89) {
                // continue                                                                       <L 67>
                goto start_for_0;
            }
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_90 = wp::float(var_65);
            var_91 = wp::float(var_66);
            var_92 = wp::float(var_69);
            var_93 = wp::vec_t<3, wp::float32>(var_90, var_91, var_92);
            var_94 = wp::sub(var_93, var_39);
            var_95 = wp::mul(var_94, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_97 = pick_0(var_40, var_41, var_42, var_65, var_96);
            var_99 = pick_0(var_40, var_41, var_42, var_66, var_98);
            var_100 = wp::mul(var_97, var_99);
            var_102 = pick_0(var_40, var_41, var_42, var_69, var_101);
            var_103 = wp::mul(var_100, var_102);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_104 = &(var_s.v);
            var_106 = wp::load(var_104);
            var_105 = wp::address(var_106, var_5);
            var_108 = wp::load(var_105);
            var_107 = wp::mul(var_108, var_p_mass);
            var_109 = wp::mul(var_64, var_95);
            var_110 = wp::add(var_107, var_109);
            var_111 = wp::mul(var_103, var_110);
            var_112 = wp::atomic_add(var_grid_v, var_72, var_75, var_78, var_111);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_113 = wp::mul(var_103, var_p_mass);
            var_114 = wp::atomic_add(var_grid_m, var_72, var_75, var_78, var_113);
            goto start_for_0;
        end_for_0:;
        // for c in range(3):                                                                     <L 62>
        var_117 = wp::range(var_116);
        start_for_2:;
            if (iter_cmp(var_117) == 0) goto end_for_2;
            var_118 = wp::iter_next(var_117);
            // gi = base[0] + a                                                                   <L 63>
            var_120 = wp::extract(var_28, var_119);
            var_121 = wp::add(var_120, var_65);
            // gj = base[1] + b                                                                   <L 64>
            var_123 = wp::extract(var_28, var_122);
            var_124 = wp::add(var_123, var_115);
            // gk = base[2] + c                                                                   <L 65>
            var_126 = wp::extract(var_28, var_125);
            var_127 = wp::add(var_126, var_118);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_129 = (var_121 < var_128);
            var_131 = (var_124 < var_130);
            var_133 = (var_127 < var_132);
            var_134 = (var_121 >= var_85);
            var_135 = (var_124 >= var_85);
            var_136 = (var_127 >= var_85);
            var_137 = var_129 || var_131 || var_133 || var_134 || var_135 || var_136;
            if (var_137) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_121);
                wp::assign(var_75, var_124);
                wp::assign(var_78, var_127);
                goto start_for_2;
            }
            var_138 = wp::where(var_137, var_72, var_121);
            var_139 = wp::where(var_137, var_75, var_124);
            var_140 = wp::where(var_137, var_78, var_127);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_141 = wp::float(var_65);
            var_142 = wp::float(var_115);
            var_143 = wp::float(var_118);
            var_144 = wp::vec_t<3, wp::float32>(var_141, var_142, var_143);
            var_145 = wp::sub(var_144, var_39);
            var_146 = wp::mul(var_145, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_148 = pick_0(var_40, var_41, var_42, var_65, var_147);
            var_150 = pick_0(var_40, var_41, var_42, var_115, var_149);
            var_151 = wp::mul(var_148, var_150);
            var_153 = pick_0(var_40, var_41, var_42, var_118, var_152);
            var_154 = wp::mul(var_151, var_153);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_155 = &(var_s.v);
            var_157 = wp::load(var_155);
            var_156 = wp::address(var_157, var_5);
            var_159 = wp::load(var_156);
            var_158 = wp::mul(var_159, var_p_mass);
            var_160 = wp::mul(var_64, var_146);
            var_161 = wp::add(var_158, var_160);
            var_162 = wp::mul(var_154, var_161);
            var_163 = wp::atomic_add(var_grid_v, var_138, var_139, var_140, var_162);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_164 = wp::mul(var_154, var_p_mass);
            var_165 = wp::atomic_add(var_grid_m, var_138, var_139, var_140, var_164);
            wp::assign(var_72, var_138);
            wp::assign(var_75, var_139);
            wp::assign(var_78, var_140);
            wp::assign(var_95, var_146);
            wp::assign(var_103, var_154);
            goto start_for_2;
        end_for_2:;
        // for c in range(3):                                                                     <L 62>
        var_168 = wp::range(var_167);
        start_for_4:;
            if (iter_cmp(var_168) == 0) goto end_for_4;
            var_169 = wp::iter_next(var_168);
            // gi = base[0] + a                                                                   <L 63>
            var_171 = wp::extract(var_28, var_170);
            var_172 = wp::add(var_171, var_65);
            // gj = base[1] + b                                                                   <L 64>
            var_174 = wp::extract(var_28, var_173);
            var_175 = wp::add(var_174, var_166);
            // gk = base[2] + c                                                                   <L 65>
            var_177 = wp::extract(var_28, var_176);
            var_178 = wp::add(var_177, var_169);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_180 = (var_172 < var_179);
            var_182 = (var_175 < var_181);
            var_184 = (var_178 < var_183);
            var_185 = (var_172 >= var_85);
            var_186 = (var_175 >= var_85);
            var_187 = (var_178 >= var_85);
            var_188 = var_180 || var_182 || var_184 || var_185 || var_186 || var_187;
            if (var_188) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_172);
                wp::assign(var_75, var_175);
                wp::assign(var_78, var_178);
                goto start_for_4;
            }
            var_189 = wp::where(var_188, var_72, var_172);
            var_190 = wp::where(var_188, var_75, var_175);
            var_191 = wp::where(var_188, var_78, var_178);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_192 = wp::float(var_65);
            var_193 = wp::float(var_166);
            var_194 = wp::float(var_169);
            var_195 = wp::vec_t<3, wp::float32>(var_192, var_193, var_194);
            var_196 = wp::sub(var_195, var_39);
            var_197 = wp::mul(var_196, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_199 = pick_0(var_40, var_41, var_42, var_65, var_198);
            var_201 = pick_0(var_40, var_41, var_42, var_166, var_200);
            var_202 = wp::mul(var_199, var_201);
            var_204 = pick_0(var_40, var_41, var_42, var_169, var_203);
            var_205 = wp::mul(var_202, var_204);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_206 = &(var_s.v);
            var_208 = wp::load(var_206);
            var_207 = wp::address(var_208, var_5);
            var_210 = wp::load(var_207);
            var_209 = wp::mul(var_210, var_p_mass);
            var_211 = wp::mul(var_64, var_197);
            var_212 = wp::add(var_209, var_211);
            var_213 = wp::mul(var_205, var_212);
            var_214 = wp::atomic_add(var_grid_v, var_189, var_190, var_191, var_213);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_215 = wp::mul(var_205, var_p_mass);
            var_216 = wp::atomic_add(var_grid_m, var_189, var_190, var_191, var_215);
            wp::assign(var_72, var_189);
            wp::assign(var_75, var_190);
            wp::assign(var_78, var_191);
            wp::assign(var_95, var_197);
            wp::assign(var_103, var_205);
            goto start_for_4;
        end_for_4:;
        // for b in range(3):                                                                     <L 61>
        // for c in range(3):                                                                     <L 62>
        var_220 = wp::range(var_219);
        start_for_6:;
            if (iter_cmp(var_220) == 0) goto end_for_6;
            var_221 = wp::iter_next(var_220);
            // gi = base[0] + a                                                                   <L 63>
            var_223 = wp::extract(var_28, var_222);
            var_224 = wp::add(var_223, var_217);
            // gj = base[1] + b                                                                   <L 64>
            var_226 = wp::extract(var_28, var_225);
            var_227 = wp::add(var_226, var_218);
            // gk = base[2] + c                                                                   <L 65>
            var_229 = wp::extract(var_28, var_228);
            var_230 = wp::add(var_229, var_221);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_232 = (var_224 < var_231);
            var_234 = (var_227 < var_233);
            var_236 = (var_230 < var_235);
            var_237 = (var_224 >= var_85);
            var_238 = (var_227 >= var_85);
            var_239 = (var_230 >= var_85);
            var_240 = var_232 || var_234 || var_236 || var_237 || var_238 || var_239;
            if (var_240) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_224);
                wp::assign(var_75, var_227);
                wp::assign(var_78, var_230);
                goto start_for_6;
            }
            var_241 = wp::where(var_240, var_72, var_224);
            var_242 = wp::where(var_240, var_75, var_227);
            var_243 = wp::where(var_240, var_78, var_230);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_244 = wp::float(var_217);
            var_245 = wp::float(var_218);
            var_246 = wp::float(var_221);
            var_247 = wp::vec_t<3, wp::float32>(var_244, var_245, var_246);
            var_248 = wp::sub(var_247, var_39);
            var_249 = wp::mul(var_248, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_251 = pick_0(var_40, var_41, var_42, var_217, var_250);
            var_253 = pick_0(var_40, var_41, var_42, var_218, var_252);
            var_254 = wp::mul(var_251, var_253);
            var_256 = pick_0(var_40, var_41, var_42, var_221, var_255);
            var_257 = wp::mul(var_254, var_256);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_258 = &(var_s.v);
            var_260 = wp::load(var_258);
            var_259 = wp::address(var_260, var_5);
            var_262 = wp::load(var_259);
            var_261 = wp::mul(var_262, var_p_mass);
            var_263 = wp::mul(var_64, var_249);
            var_264 = wp::add(var_261, var_263);
            var_265 = wp::mul(var_257, var_264);
            var_266 = wp::atomic_add(var_grid_v, var_241, var_242, var_243, var_265);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_267 = wp::mul(var_257, var_p_mass);
            var_268 = wp::atomic_add(var_grid_m, var_241, var_242, var_243, var_267);
            wp::assign(var_72, var_241);
            wp::assign(var_75, var_242);
            wp::assign(var_78, var_243);
            wp::assign(var_95, var_249);
            wp::assign(var_103, var_257);
            goto start_for_6;
        end_for_6:;
        // for c in range(3):                                                                     <L 62>
        var_271 = wp::range(var_270);
        start_for_8:;
            if (iter_cmp(var_271) == 0) goto end_for_8;
            var_272 = wp::iter_next(var_271);
            // gi = base[0] + a                                                                   <L 63>
            var_274 = wp::extract(var_28, var_273);
            var_275 = wp::add(var_274, var_217);
            // gj = base[1] + b                                                                   <L 64>
            var_277 = wp::extract(var_28, var_276);
            var_278 = wp::add(var_277, var_269);
            // gk = base[2] + c                                                                   <L 65>
            var_280 = wp::extract(var_28, var_279);
            var_281 = wp::add(var_280, var_272);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_283 = (var_275 < var_282);
            var_285 = (var_278 < var_284);
            var_287 = (var_281 < var_286);
            var_288 = (var_275 >= var_85);
            var_289 = (var_278 >= var_85);
            var_290 = (var_281 >= var_85);
            var_291 = var_283 || var_285 || var_287 || var_288 || var_289 || var_290;
            if (var_291) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_275);
                wp::assign(var_75, var_278);
                wp::assign(var_78, var_281);
                goto start_for_8;
            }
            var_292 = wp::where(var_291, var_72, var_275);
            var_293 = wp::where(var_291, var_75, var_278);
            var_294 = wp::where(var_291, var_78, var_281);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_295 = wp::float(var_217);
            var_296 = wp::float(var_269);
            var_297 = wp::float(var_272);
            var_298 = wp::vec_t<3, wp::float32>(var_295, var_296, var_297);
            var_299 = wp::sub(var_298, var_39);
            var_300 = wp::mul(var_299, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_302 = pick_0(var_40, var_41, var_42, var_217, var_301);
            var_304 = pick_0(var_40, var_41, var_42, var_269, var_303);
            var_305 = wp::mul(var_302, var_304);
            var_307 = pick_0(var_40, var_41, var_42, var_272, var_306);
            var_308 = wp::mul(var_305, var_307);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_309 = &(var_s.v);
            var_311 = wp::load(var_309);
            var_310 = wp::address(var_311, var_5);
            var_313 = wp::load(var_310);
            var_312 = wp::mul(var_313, var_p_mass);
            var_314 = wp::mul(var_64, var_300);
            var_315 = wp::add(var_312, var_314);
            var_316 = wp::mul(var_308, var_315);
            var_317 = wp::atomic_add(var_grid_v, var_292, var_293, var_294, var_316);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_318 = wp::mul(var_308, var_p_mass);
            var_319 = wp::atomic_add(var_grid_m, var_292, var_293, var_294, var_318);
            wp::assign(var_72, var_292);
            wp::assign(var_75, var_293);
            wp::assign(var_78, var_294);
            wp::assign(var_95, var_300);
            wp::assign(var_103, var_308);
            goto start_for_8;
        end_for_8:;
        // for c in range(3):                                                                     <L 62>
        var_322 = wp::range(var_321);
        start_for_10:;
            if (iter_cmp(var_322) == 0) goto end_for_10;
            var_323 = wp::iter_next(var_322);
            // gi = base[0] + a                                                                   <L 63>
            var_325 = wp::extract(var_28, var_324);
            var_326 = wp::add(var_325, var_217);
            // gj = base[1] + b                                                                   <L 64>
            var_328 = wp::extract(var_28, var_327);
            var_329 = wp::add(var_328, var_320);
            // gk = base[2] + c                                                                   <L 65>
            var_331 = wp::extract(var_28, var_330);
            var_332 = wp::add(var_331, var_323);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_334 = (var_326 < var_333);
            var_336 = (var_329 < var_335);
            var_338 = (var_332 < var_337);
            var_339 = (var_326 >= var_85);
            var_340 = (var_329 >= var_85);
            var_341 = (var_332 >= var_85);
            var_342 = var_334 || var_336 || var_338 || var_339 || var_340 || var_341;
            if (var_342) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_326);
                wp::assign(var_75, var_329);
                wp::assign(var_78, var_332);
                goto start_for_10;
            }
            var_343 = wp::where(var_342, var_72, var_326);
            var_344 = wp::where(var_342, var_75, var_329);
            var_345 = wp::where(var_342, var_78, var_332);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_346 = wp::float(var_217);
            var_347 = wp::float(var_320);
            var_348 = wp::float(var_323);
            var_349 = wp::vec_t<3, wp::float32>(var_346, var_347, var_348);
            var_350 = wp::sub(var_349, var_39);
            var_351 = wp::mul(var_350, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_353 = pick_0(var_40, var_41, var_42, var_217, var_352);
            var_355 = pick_0(var_40, var_41, var_42, var_320, var_354);
            var_356 = wp::mul(var_353, var_355);
            var_358 = pick_0(var_40, var_41, var_42, var_323, var_357);
            var_359 = wp::mul(var_356, var_358);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_360 = &(var_s.v);
            var_362 = wp::load(var_360);
            var_361 = wp::address(var_362, var_5);
            var_364 = wp::load(var_361);
            var_363 = wp::mul(var_364, var_p_mass);
            var_365 = wp::mul(var_64, var_351);
            var_366 = wp::add(var_363, var_365);
            var_367 = wp::mul(var_359, var_366);
            var_368 = wp::atomic_add(var_grid_v, var_343, var_344, var_345, var_367);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_369 = wp::mul(var_359, var_p_mass);
            var_370 = wp::atomic_add(var_grid_m, var_343, var_344, var_345, var_369);
            wp::assign(var_72, var_343);
            wp::assign(var_75, var_344);
            wp::assign(var_78, var_345);
            wp::assign(var_95, var_351);
            wp::assign(var_103, var_359);
            goto start_for_10;
        end_for_10:;
        // for b in range(3):                                                                     <L 61>
        // for c in range(3):                                                                     <L 62>
        var_374 = wp::range(var_373);
        start_for_12:;
            if (iter_cmp(var_374) == 0) goto end_for_12;
            var_375 = wp::iter_next(var_374);
            // gi = base[0] + a                                                                   <L 63>
            var_377 = wp::extract(var_28, var_376);
            var_378 = wp::add(var_377, var_371);
            // gj = base[1] + b                                                                   <L 64>
            var_380 = wp::extract(var_28, var_379);
            var_381 = wp::add(var_380, var_372);
            // gk = base[2] + c                                                                   <L 65>
            var_383 = wp::extract(var_28, var_382);
            var_384 = wp::add(var_383, var_375);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_386 = (var_378 < var_385);
            var_388 = (var_381 < var_387);
            var_390 = (var_384 < var_389);
            var_391 = (var_378 >= var_85);
            var_392 = (var_381 >= var_85);
            var_393 = (var_384 >= var_85);
            var_394 = var_386 || var_388 || var_390 || var_391 || var_392 || var_393;
            if (var_394) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_378);
                wp::assign(var_75, var_381);
                wp::assign(var_78, var_384);
                goto start_for_12;
            }
            var_395 = wp::where(var_394, var_72, var_378);
            var_396 = wp::where(var_394, var_75, var_381);
            var_397 = wp::where(var_394, var_78, var_384);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_398 = wp::float(var_371);
            var_399 = wp::float(var_372);
            var_400 = wp::float(var_375);
            var_401 = wp::vec_t<3, wp::float32>(var_398, var_399, var_400);
            var_402 = wp::sub(var_401, var_39);
            var_403 = wp::mul(var_402, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_405 = pick_0(var_40, var_41, var_42, var_371, var_404);
            var_407 = pick_0(var_40, var_41, var_42, var_372, var_406);
            var_408 = wp::mul(var_405, var_407);
            var_410 = pick_0(var_40, var_41, var_42, var_375, var_409);
            var_411 = wp::mul(var_408, var_410);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_412 = &(var_s.v);
            var_414 = wp::load(var_412);
            var_413 = wp::address(var_414, var_5);
            var_416 = wp::load(var_413);
            var_415 = wp::mul(var_416, var_p_mass);
            var_417 = wp::mul(var_64, var_403);
            var_418 = wp::add(var_415, var_417);
            var_419 = wp::mul(var_411, var_418);
            var_420 = wp::atomic_add(var_grid_v, var_395, var_396, var_397, var_419);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_421 = wp::mul(var_411, var_p_mass);
            var_422 = wp::atomic_add(var_grid_m, var_395, var_396, var_397, var_421);
            wp::assign(var_72, var_395);
            wp::assign(var_75, var_396);
            wp::assign(var_78, var_397);
            wp::assign(var_95, var_403);
            wp::assign(var_103, var_411);
            goto start_for_12;
        end_for_12:;
        // for c in range(3):                                                                     <L 62>
        var_425 = wp::range(var_424);
        start_for_14:;
            if (iter_cmp(var_425) == 0) goto end_for_14;
            var_426 = wp::iter_next(var_425);
            // gi = base[0] + a                                                                   <L 63>
            var_428 = wp::extract(var_28, var_427);
            var_429 = wp::add(var_428, var_371);
            // gj = base[1] + b                                                                   <L 64>
            var_431 = wp::extract(var_28, var_430);
            var_432 = wp::add(var_431, var_423);
            // gk = base[2] + c                                                                   <L 65>
            var_434 = wp::extract(var_28, var_433);
            var_435 = wp::add(var_434, var_426);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_437 = (var_429 < var_436);
            var_439 = (var_432 < var_438);
            var_441 = (var_435 < var_440);
            var_442 = (var_429 >= var_85);
            var_443 = (var_432 >= var_85);
            var_444 = (var_435 >= var_85);
            var_445 = var_437 || var_439 || var_441 || var_442 || var_443 || var_444;
            if (var_445) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_429);
                wp::assign(var_75, var_432);
                wp::assign(var_78, var_435);
                goto start_for_14;
            }
            var_446 = wp::where(var_445, var_72, var_429);
            var_447 = wp::where(var_445, var_75, var_432);
            var_448 = wp::where(var_445, var_78, var_435);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_449 = wp::float(var_371);
            var_450 = wp::float(var_423);
            var_451 = wp::float(var_426);
            var_452 = wp::vec_t<3, wp::float32>(var_449, var_450, var_451);
            var_453 = wp::sub(var_452, var_39);
            var_454 = wp::mul(var_453, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_456 = pick_0(var_40, var_41, var_42, var_371, var_455);
            var_458 = pick_0(var_40, var_41, var_42, var_423, var_457);
            var_459 = wp::mul(var_456, var_458);
            var_461 = pick_0(var_40, var_41, var_42, var_426, var_460);
            var_462 = wp::mul(var_459, var_461);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_463 = &(var_s.v);
            var_465 = wp::load(var_463);
            var_464 = wp::address(var_465, var_5);
            var_467 = wp::load(var_464);
            var_466 = wp::mul(var_467, var_p_mass);
            var_468 = wp::mul(var_64, var_454);
            var_469 = wp::add(var_466, var_468);
            var_470 = wp::mul(var_462, var_469);
            var_471 = wp::atomic_add(var_grid_v, var_446, var_447, var_448, var_470);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_472 = wp::mul(var_462, var_p_mass);
            var_473 = wp::atomic_add(var_grid_m, var_446, var_447, var_448, var_472);
            wp::assign(var_72, var_446);
            wp::assign(var_75, var_447);
            wp::assign(var_78, var_448);
            wp::assign(var_95, var_454);
            wp::assign(var_103, var_462);
            goto start_for_14;
        end_for_14:;
        // for c in range(3):                                                                     <L 62>
        var_476 = wp::range(var_475);
        start_for_16:;
            if (iter_cmp(var_476) == 0) goto end_for_16;
            var_477 = wp::iter_next(var_476);
            // gi = base[0] + a                                                                   <L 63>
            var_479 = wp::extract(var_28, var_478);
            var_480 = wp::add(var_479, var_371);
            // gj = base[1] + b                                                                   <L 64>
            var_482 = wp::extract(var_28, var_481);
            var_483 = wp::add(var_482, var_474);
            // gk = base[2] + c                                                                   <L 65>
            var_485 = wp::extract(var_28, var_484);
            var_486 = wp::add(var_485, var_477);
            // if gi < 0 or gj < 0 or gk < 0 or gi >= GRID_RES or gj >= GRID_RES or gk >= GRID_RES:       <L 66>
            var_488 = (var_480 < var_487);
            var_490 = (var_483 < var_489);
            var_492 = (var_486 < var_491);
            var_493 = (var_480 >= var_85);
            var_494 = (var_483 >= var_85);
            var_495 = (var_486 >= var_85);
            var_496 = var_488 || var_490 || var_492 || var_493 || var_494 || var_495;
            if (var_496) {
                // continue                                                                       <L 67>
                wp::assign(var_72, var_480);
                wp::assign(var_75, var_483);
                wp::assign(var_78, var_486);
                goto start_for_16;
            }
            var_497 = wp::where(var_496, var_72, var_480);
            var_498 = wp::where(var_496, var_75, var_483);
            var_499 = wp::where(var_496, var_78, var_486);
            // dpos = (wp.vec3(float(a), float(b), float(c)) - fx) * dx                           <L 68>
            var_500 = wp::float(var_371);
            var_501 = wp::float(var_474);
            var_502 = wp::float(var_477);
            var_503 = wp::vec_t<3, wp::float32>(var_500, var_501, var_502);
            var_504 = wp::sub(var_503, var_39);
            var_505 = wp::mul(var_504, var_dx);
            // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 69>
            var_507 = pick_0(var_40, var_41, var_42, var_371, var_506);
            var_509 = pick_0(var_40, var_41, var_42, var_474, var_508);
            var_510 = wp::mul(var_507, var_509);
            var_512 = pick_0(var_40, var_41, var_42, var_477, var_511);
            var_513 = wp::mul(var_510, var_512);
            // wp.atomic_add(grid_v, gi, gj, gk, weight * (s.v[i] * p_mass + affine * dpos))       <L 70>
            var_514 = &(var_s.v);
            var_516 = wp::load(var_514);
            var_515 = wp::address(var_516, var_5);
            var_518 = wp::load(var_515);
            var_517 = wp::mul(var_518, var_p_mass);
            var_519 = wp::mul(var_64, var_505);
            var_520 = wp::add(var_517, var_519);
            var_521 = wp::mul(var_513, var_520);
            var_522 = wp::atomic_add(var_grid_v, var_497, var_498, var_499, var_521);
            // wp.atomic_add(grid_m, gi, gj, gk, weight * p_mass)                                 <L 71>
            var_523 = wp::mul(var_513, var_p_mass);
            var_524 = wp::atomic_add(var_grid_m, var_497, var_498, var_499, var_523);
            wp::assign(var_72, var_497);
            wp::assign(var_75, var_498);
            wp::assign(var_78, var_499);
            wp::assign(var_95, var_505);
            wp::assign(var_103, var_513);
            goto start_for_16;
        end_for_16:;
    }
}



extern "C" __global__ void grid_update_97b27c27_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::array_t<wp::float32> var_grid_m,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::int32 var_bound)
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
        const wp::float32 var_6 = 0.0;
        bool var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        bool var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        bool var_18;
        const wp::float32 var_19 = 0.0;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 32;
        wp::int32 var_22;
        bool var_23;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 0.0;
        const wp::int32 var_30 = 0;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.0;
        bool var_35;
        bool var_36;
        const wp::float32 var_37 = 0.0;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        bool var_40;
        const wp::int32 var_41 = 1;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.0;
        bool var_44;
        bool var_45;
        const wp::float32 var_46 = 0.0;
        const wp::int32 var_47 = 1;
        bool var_48;
        const wp::int32 var_49 = 2;
        wp::float32 var_50;
        const wp::float32 var_51 = 0.0;
        bool var_52;
        bool var_53;
        const wp::float32 var_54 = 0.0;
        const wp::int32 var_55 = 2;
        wp::int32 var_56;
        bool var_57;
        const wp::int32 var_58 = 2;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        bool var_61;
        bool var_62;
        const wp::float32 var_63 = 0.0;
        const wp::int32 var_64 = 2;
        //---------
        // forward
        // def grid_update(grid_v: wp.array3d(dtype=wp.vec3), grid_m: wp.array3d(dtype=float), gravity: wp.vec3, dt: float, bound: int):       <L 75>
        // i, j, k = wp.tid()                                                                     <L 76>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_m[i, j, k]                                                                    <L 77>
        var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 78>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // return                                                                             <L 79>
            continue;
        }
        // v = grid_v[i, j, k] / m + gravity * dt                                                 <L 80>
        var_8 = wp::address(var_grid_v, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::div(var_10, var_4);
        var_11 = wp::mul(var_gravity, var_dt);
        var_12 = wp::add(var_9, var_11);
        // if i < bound and v[0] < 0.0:                                                           <L 81>
        var_13 = (var_0 < var_bound);
        var_15 = wp::extract(var_12, var_14);
        var_17 = (var_15 < var_16);
        var_18 = var_13 && var_17;
        if (var_18) {
            // v[0] = 0.0                                                                         <L 82>
            wp::assign_inplace(var_12, var_20, var_19);
        }
        // if i > GRID_RES - bound and v[0] > 0.0:                                                <L 83>
        var_22 = wp::sub(var_21, var_bound);
        var_23 = (var_0 > var_22);
        var_25 = wp::extract(var_12, var_24);
        var_27 = (var_25 > var_26);
        var_28 = var_23 && var_27;
        if (var_28) {
            // v[0] = 0.0                                                                         <L 84>
            wp::assign_inplace(var_12, var_30, var_29);
        }
        // if j < bound and v[1] < 0.0:                                                           <L 85>
        var_31 = (var_1 < var_bound);
        var_33 = wp::extract(var_12, var_32);
        var_35 = (var_33 < var_34);
        var_36 = var_31 && var_35;
        if (var_36) {
            // v[1] = 0.0                                                                         <L 86>
            wp::assign_inplace(var_12, var_38, var_37);
        }
        // if j > GRID_RES - bound and v[1] > 0.0:                                                <L 87>
        var_39 = wp::sub(var_21, var_bound);
        var_40 = (var_1 > var_39);
        var_42 = wp::extract(var_12, var_41);
        var_44 = (var_42 > var_43);
        var_45 = var_40 && var_44;
        if (var_45) {
            // v[1] = 0.0                                                                         <L 88>
            wp::assign_inplace(var_12, var_47, var_46);
        }
        // if k < bound and v[2] < 0.0:                                                           <L 89>
        var_48 = (var_2 < var_bound);
        var_50 = wp::extract(var_12, var_49);
        var_52 = (var_50 < var_51);
        var_53 = var_48 && var_52;
        if (var_53) {
            // v[2] = 0.0                                                                         <L 90>
            wp::assign_inplace(var_12, var_55, var_54);
        }
        // if k > GRID_RES - bound and v[2] > 0.0:                                                <L 91>
        var_56 = wp::sub(var_21, var_bound);
        var_57 = (var_2 > var_56);
        var_59 = wp::extract(var_12, var_58);
        var_61 = (var_59 > var_60);
        var_62 = var_57 && var_61;
        if (var_62) {
            // v[2] = 0.0                                                                         <L 92>
            wp::assign_inplace(var_12, var_64, var_63);
        }
        // grid_v[i, j, k] = v                                                                    <L 93>
        wp::array_store(var_grid_v, var_0, var_1, var_2, var_12);
    }
}



extern "C" __global__ void g2p_c20494a9_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    MPMState_fed5450d var_s,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::float32 var_dx,
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
        const wp::float32 var_1 = 1.0;
        wp::float32 var_2;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::array_t<wp::vec_t<3, wp::float32>> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        const wp::int32 var_40 = 0;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 0;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 32;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 0;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        wp::int32 var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::int32 var_70 = 0;
        wp::float32 var_71;
        const wp::int32 var_72 = 1;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 2;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32>* var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::mat_t<3, 3, wp::float32> var_84;
        const wp::float32 var_85 = 4.0;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::mat_t<3, 3, wp::float32> var_88;
        wp::mat_t<3, 3, wp::float32> var_89;
        const wp::float32 var_90 = 4.0;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::mat_t<3, 3, wp::float32> var_93;
        wp::mat_t<3, 3, wp::float32> var_94;
        const wp::int32 var_95 = 1;
        const wp::int32 var_96 = 0;
        wp::int32 var_97;
        wp::int32 var_98;
        const wp::int32 var_99 = 0;
        const wp::int32 var_100 = 1;
        wp::int32 var_101;
        wp::int32 var_102;
        const wp::int32 var_103 = 1;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 0;
        const wp::int32 var_107 = 1;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 2;
        wp::int32 var_111;
        wp::int32 var_112;
        const wp::int32 var_113 = 0;
        const wp::int32 var_114 = 1;
        wp::int32 var_115;
        wp::int32 var_116;
        wp::float32 var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        const wp::int32 var_122 = 0;
        wp::float32 var_123;
        const wp::int32 var_124 = 1;
        wp::float32 var_125;
        wp::float32 var_126;
        const wp::int32 var_127 = 2;
        wp::float32 var_128;
        wp::float32 var_129;
        wp::vec_t<3, wp::float32>* var_130;
        wp::vec_t<3, wp::float32> var_131;
        wp::vec_t<3, wp::float32> var_132;
        wp::vec_t<3, wp::float32> var_133;
        wp::vec_t<3, wp::float32> var_134;
        wp::vec_t<3, wp::float32> var_135;
        wp::mat_t<3, 3, wp::float32> var_136;
        const wp::float32 var_137 = 4.0;
        wp::float32 var_138;
        wp::float32 var_139;
        wp::mat_t<3, 3, wp::float32> var_140;
        wp::mat_t<3, 3, wp::float32> var_141;
        const wp::float32 var_142 = 4.0;
        wp::float32 var_143;
        wp::float32 var_144;
        wp::mat_t<3, 3, wp::float32> var_145;
        wp::mat_t<3, 3, wp::float32> var_146;
        const wp::int32 var_147 = 2;
        const wp::int32 var_148 = 0;
        wp::int32 var_149;
        wp::int32 var_150;
        const wp::int32 var_151 = 0;
        const wp::int32 var_152 = 1;
        wp::int32 var_153;
        wp::int32 var_154;
        const wp::int32 var_155 = 1;
        wp::int32 var_156;
        wp::int32 var_157;
        const wp::int32 var_158 = 0;
        const wp::int32 var_159 = 1;
        wp::int32 var_160;
        wp::int32 var_161;
        const wp::int32 var_162 = 2;
        wp::int32 var_163;
        wp::int32 var_164;
        const wp::int32 var_165 = 0;
        const wp::int32 var_166 = 1;
        wp::int32 var_167;
        wp::int32 var_168;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        wp::vec_t<3, wp::float32> var_172;
        wp::vec_t<3, wp::float32> var_173;
        const wp::int32 var_174 = 0;
        wp::float32 var_175;
        const wp::int32 var_176 = 1;
        wp::float32 var_177;
        wp::float32 var_178;
        const wp::int32 var_179 = 2;
        wp::float32 var_180;
        wp::float32 var_181;
        wp::vec_t<3, wp::float32>* var_182;
        wp::vec_t<3, wp::float32> var_183;
        wp::vec_t<3, wp::float32> var_184;
        wp::vec_t<3, wp::float32> var_185;
        wp::vec_t<3, wp::float32> var_186;
        wp::vec_t<3, wp::float32> var_187;
        wp::mat_t<3, 3, wp::float32> var_188;
        const wp::float32 var_189 = 4.0;
        wp::float32 var_190;
        wp::float32 var_191;
        wp::mat_t<3, 3, wp::float32> var_192;
        wp::mat_t<3, 3, wp::float32> var_193;
        const wp::float32 var_194 = 4.0;
        wp::float32 var_195;
        wp::float32 var_196;
        wp::mat_t<3, 3, wp::float32> var_197;
        wp::mat_t<3, 3, wp::float32> var_198;
        const wp::int32 var_199 = 1;
        const wp::int32 var_200 = 0;
        const wp::int32 var_201 = 0;
        wp::int32 var_202;
        wp::int32 var_203;
        const wp::int32 var_204 = 0;
        const wp::int32 var_205 = 1;
        wp::int32 var_206;
        wp::int32 var_207;
        const wp::int32 var_208 = 1;
        wp::int32 var_209;
        wp::int32 var_210;
        const wp::int32 var_211 = 0;
        const wp::int32 var_212 = 1;
        wp::int32 var_213;
        wp::int32 var_214;
        const wp::int32 var_215 = 2;
        wp::int32 var_216;
        wp::int32 var_217;
        const wp::int32 var_218 = 0;
        const wp::int32 var_219 = 1;
        wp::int32 var_220;
        wp::int32 var_221;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::float32 var_224;
        wp::vec_t<3, wp::float32> var_225;
        wp::vec_t<3, wp::float32> var_226;
        const wp::int32 var_227 = 0;
        wp::float32 var_228;
        const wp::int32 var_229 = 1;
        wp::float32 var_230;
        wp::float32 var_231;
        const wp::int32 var_232 = 2;
        wp::float32 var_233;
        wp::float32 var_234;
        wp::vec_t<3, wp::float32>* var_235;
        wp::vec_t<3, wp::float32> var_236;
        wp::vec_t<3, wp::float32> var_237;
        wp::vec_t<3, wp::float32> var_238;
        wp::vec_t<3, wp::float32> var_239;
        wp::vec_t<3, wp::float32> var_240;
        wp::mat_t<3, 3, wp::float32> var_241;
        const wp::float32 var_242 = 4.0;
        wp::float32 var_243;
        wp::float32 var_244;
        wp::mat_t<3, 3, wp::float32> var_245;
        wp::mat_t<3, 3, wp::float32> var_246;
        const wp::float32 var_247 = 4.0;
        wp::float32 var_248;
        wp::float32 var_249;
        wp::mat_t<3, 3, wp::float32> var_250;
        wp::mat_t<3, 3, wp::float32> var_251;
        const wp::int32 var_252 = 1;
        const wp::int32 var_253 = 0;
        wp::int32 var_254;
        wp::int32 var_255;
        const wp::int32 var_256 = 0;
        const wp::int32 var_257 = 1;
        wp::int32 var_258;
        wp::int32 var_259;
        const wp::int32 var_260 = 1;
        wp::int32 var_261;
        wp::int32 var_262;
        const wp::int32 var_263 = 0;
        const wp::int32 var_264 = 1;
        wp::int32 var_265;
        wp::int32 var_266;
        const wp::int32 var_267 = 2;
        wp::int32 var_268;
        wp::int32 var_269;
        const wp::int32 var_270 = 0;
        const wp::int32 var_271 = 1;
        wp::int32 var_272;
        wp::int32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        wp::float32 var_276;
        wp::vec_t<3, wp::float32> var_277;
        wp::vec_t<3, wp::float32> var_278;
        const wp::int32 var_279 = 0;
        wp::float32 var_280;
        const wp::int32 var_281 = 1;
        wp::float32 var_282;
        wp::float32 var_283;
        const wp::int32 var_284 = 2;
        wp::float32 var_285;
        wp::float32 var_286;
        wp::vec_t<3, wp::float32>* var_287;
        wp::vec_t<3, wp::float32> var_288;
        wp::vec_t<3, wp::float32> var_289;
        wp::vec_t<3, wp::float32> var_290;
        wp::vec_t<3, wp::float32> var_291;
        wp::vec_t<3, wp::float32> var_292;
        wp::mat_t<3, 3, wp::float32> var_293;
        const wp::float32 var_294 = 4.0;
        wp::float32 var_295;
        wp::float32 var_296;
        wp::mat_t<3, 3, wp::float32> var_297;
        wp::mat_t<3, 3, wp::float32> var_298;
        const wp::float32 var_299 = 4.0;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::mat_t<3, 3, wp::float32> var_302;
        wp::mat_t<3, 3, wp::float32> var_303;
        const wp::int32 var_304 = 2;
        const wp::int32 var_305 = 0;
        wp::int32 var_306;
        wp::int32 var_307;
        const wp::int32 var_308 = 0;
        const wp::int32 var_309 = 1;
        wp::int32 var_310;
        wp::int32 var_311;
        const wp::int32 var_312 = 1;
        wp::int32 var_313;
        wp::int32 var_314;
        const wp::int32 var_315 = 0;
        const wp::int32 var_316 = 1;
        wp::int32 var_317;
        wp::int32 var_318;
        const wp::int32 var_319 = 2;
        wp::int32 var_320;
        wp::int32 var_321;
        const wp::int32 var_322 = 0;
        const wp::int32 var_323 = 1;
        wp::int32 var_324;
        wp::int32 var_325;
        wp::float32 var_326;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::vec_t<3, wp::float32> var_329;
        wp::vec_t<3, wp::float32> var_330;
        const wp::int32 var_331 = 0;
        wp::float32 var_332;
        const wp::int32 var_333 = 1;
        wp::float32 var_334;
        wp::float32 var_335;
        const wp::int32 var_336 = 2;
        wp::float32 var_337;
        wp::float32 var_338;
        wp::vec_t<3, wp::float32>* var_339;
        wp::vec_t<3, wp::float32> var_340;
        wp::vec_t<3, wp::float32> var_341;
        wp::vec_t<3, wp::float32> var_342;
        wp::vec_t<3, wp::float32> var_343;
        wp::vec_t<3, wp::float32> var_344;
        wp::mat_t<3, 3, wp::float32> var_345;
        const wp::float32 var_346 = 4.0;
        wp::float32 var_347;
        wp::float32 var_348;
        wp::mat_t<3, 3, wp::float32> var_349;
        wp::mat_t<3, 3, wp::float32> var_350;
        const wp::float32 var_351 = 4.0;
        wp::float32 var_352;
        wp::float32 var_353;
        wp::mat_t<3, 3, wp::float32> var_354;
        wp::mat_t<3, 3, wp::float32> var_355;
        const wp::int32 var_356 = 2;
        const wp::int32 var_357 = 0;
        const wp::int32 var_358 = 0;
        wp::int32 var_359;
        wp::int32 var_360;
        const wp::int32 var_361 = 0;
        const wp::int32 var_362 = 1;
        wp::int32 var_363;
        wp::int32 var_364;
        const wp::int32 var_365 = 1;
        wp::int32 var_366;
        wp::int32 var_367;
        const wp::int32 var_368 = 0;
        const wp::int32 var_369 = 1;
        wp::int32 var_370;
        wp::int32 var_371;
        const wp::int32 var_372 = 2;
        wp::int32 var_373;
        wp::int32 var_374;
        const wp::int32 var_375 = 0;
        const wp::int32 var_376 = 1;
        wp::int32 var_377;
        wp::int32 var_378;
        wp::float32 var_379;
        wp::float32 var_380;
        wp::float32 var_381;
        wp::vec_t<3, wp::float32> var_382;
        wp::vec_t<3, wp::float32> var_383;
        const wp::int32 var_384 = 0;
        wp::float32 var_385;
        const wp::int32 var_386 = 1;
        wp::float32 var_387;
        wp::float32 var_388;
        const wp::int32 var_389 = 2;
        wp::float32 var_390;
        wp::float32 var_391;
        wp::vec_t<3, wp::float32>* var_392;
        wp::vec_t<3, wp::float32> var_393;
        wp::vec_t<3, wp::float32> var_394;
        wp::vec_t<3, wp::float32> var_395;
        wp::vec_t<3, wp::float32> var_396;
        wp::vec_t<3, wp::float32> var_397;
        wp::mat_t<3, 3, wp::float32> var_398;
        const wp::float32 var_399 = 4.0;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::mat_t<3, 3, wp::float32> var_402;
        wp::mat_t<3, 3, wp::float32> var_403;
        const wp::float32 var_404 = 4.0;
        wp::float32 var_405;
        wp::float32 var_406;
        wp::mat_t<3, 3, wp::float32> var_407;
        wp::mat_t<3, 3, wp::float32> var_408;
        const wp::int32 var_409 = 1;
        const wp::int32 var_410 = 0;
        wp::int32 var_411;
        wp::int32 var_412;
        const wp::int32 var_413 = 0;
        const wp::int32 var_414 = 1;
        wp::int32 var_415;
        wp::int32 var_416;
        const wp::int32 var_417 = 1;
        wp::int32 var_418;
        wp::int32 var_419;
        const wp::int32 var_420 = 0;
        const wp::int32 var_421 = 1;
        wp::int32 var_422;
        wp::int32 var_423;
        const wp::int32 var_424 = 2;
        wp::int32 var_425;
        wp::int32 var_426;
        const wp::int32 var_427 = 0;
        const wp::int32 var_428 = 1;
        wp::int32 var_429;
        wp::int32 var_430;
        wp::float32 var_431;
        wp::float32 var_432;
        wp::float32 var_433;
        wp::vec_t<3, wp::float32> var_434;
        wp::vec_t<3, wp::float32> var_435;
        const wp::int32 var_436 = 0;
        wp::float32 var_437;
        const wp::int32 var_438 = 1;
        wp::float32 var_439;
        wp::float32 var_440;
        const wp::int32 var_441 = 2;
        wp::float32 var_442;
        wp::float32 var_443;
        wp::vec_t<3, wp::float32>* var_444;
        wp::vec_t<3, wp::float32> var_445;
        wp::vec_t<3, wp::float32> var_446;
        wp::vec_t<3, wp::float32> var_447;
        wp::vec_t<3, wp::float32> var_448;
        wp::vec_t<3, wp::float32> var_449;
        wp::mat_t<3, 3, wp::float32> var_450;
        const wp::float32 var_451 = 4.0;
        wp::float32 var_452;
        wp::float32 var_453;
        wp::mat_t<3, 3, wp::float32> var_454;
        wp::mat_t<3, 3, wp::float32> var_455;
        const wp::float32 var_456 = 4.0;
        wp::float32 var_457;
        wp::float32 var_458;
        wp::mat_t<3, 3, wp::float32> var_459;
        wp::mat_t<3, 3, wp::float32> var_460;
        const wp::int32 var_461 = 2;
        const wp::int32 var_462 = 0;
        wp::int32 var_463;
        wp::int32 var_464;
        const wp::int32 var_465 = 0;
        const wp::int32 var_466 = 1;
        wp::int32 var_467;
        wp::int32 var_468;
        const wp::int32 var_469 = 1;
        wp::int32 var_470;
        wp::int32 var_471;
        const wp::int32 var_472 = 0;
        const wp::int32 var_473 = 1;
        wp::int32 var_474;
        wp::int32 var_475;
        const wp::int32 var_476 = 2;
        wp::int32 var_477;
        wp::int32 var_478;
        const wp::int32 var_479 = 0;
        const wp::int32 var_480 = 1;
        wp::int32 var_481;
        wp::int32 var_482;
        wp::float32 var_483;
        wp::float32 var_484;
        wp::float32 var_485;
        wp::vec_t<3, wp::float32> var_486;
        wp::vec_t<3, wp::float32> var_487;
        const wp::int32 var_488 = 0;
        wp::float32 var_489;
        const wp::int32 var_490 = 1;
        wp::float32 var_491;
        wp::float32 var_492;
        const wp::int32 var_493 = 2;
        wp::float32 var_494;
        wp::float32 var_495;
        wp::vec_t<3, wp::float32>* var_496;
        wp::vec_t<3, wp::float32> var_497;
        wp::vec_t<3, wp::float32> var_498;
        wp::vec_t<3, wp::float32> var_499;
        wp::vec_t<3, wp::float32> var_500;
        wp::vec_t<3, wp::float32> var_501;
        wp::mat_t<3, 3, wp::float32> var_502;
        const wp::float32 var_503 = 4.0;
        wp::float32 var_504;
        wp::float32 var_505;
        wp::mat_t<3, 3, wp::float32> var_506;
        wp::mat_t<3, 3, wp::float32> var_507;
        const wp::float32 var_508 = 4.0;
        wp::float32 var_509;
        wp::float32 var_510;
        wp::mat_t<3, 3, wp::float32> var_511;
        wp::mat_t<3, 3, wp::float32> var_512;
        const wp::int32 var_513 = 1;
        const wp::int32 var_514 = 0;
        const wp::int32 var_515 = 0;
        const wp::int32 var_516 = 0;
        wp::int32 var_517;
        wp::int32 var_518;
        const wp::int32 var_519 = 0;
        const wp::int32 var_520 = 1;
        wp::int32 var_521;
        wp::int32 var_522;
        const wp::int32 var_523 = 1;
        wp::int32 var_524;
        wp::int32 var_525;
        const wp::int32 var_526 = 0;
        const wp::int32 var_527 = 1;
        wp::int32 var_528;
        wp::int32 var_529;
        const wp::int32 var_530 = 2;
        wp::int32 var_531;
        wp::int32 var_532;
        const wp::int32 var_533 = 0;
        const wp::int32 var_534 = 1;
        wp::int32 var_535;
        wp::int32 var_536;
        wp::float32 var_537;
        wp::float32 var_538;
        wp::float32 var_539;
        wp::vec_t<3, wp::float32> var_540;
        wp::vec_t<3, wp::float32> var_541;
        const wp::int32 var_542 = 0;
        wp::float32 var_543;
        const wp::int32 var_544 = 1;
        wp::float32 var_545;
        wp::float32 var_546;
        const wp::int32 var_547 = 2;
        wp::float32 var_548;
        wp::float32 var_549;
        wp::vec_t<3, wp::float32>* var_550;
        wp::vec_t<3, wp::float32> var_551;
        wp::vec_t<3, wp::float32> var_552;
        wp::vec_t<3, wp::float32> var_553;
        wp::vec_t<3, wp::float32> var_554;
        wp::vec_t<3, wp::float32> var_555;
        wp::mat_t<3, 3, wp::float32> var_556;
        const wp::float32 var_557 = 4.0;
        wp::float32 var_558;
        wp::float32 var_559;
        wp::mat_t<3, 3, wp::float32> var_560;
        wp::mat_t<3, 3, wp::float32> var_561;
        const wp::float32 var_562 = 4.0;
        wp::float32 var_563;
        wp::float32 var_564;
        wp::mat_t<3, 3, wp::float32> var_565;
        wp::mat_t<3, 3, wp::float32> var_566;
        const wp::int32 var_567 = 1;
        const wp::int32 var_568 = 0;
        wp::int32 var_569;
        wp::int32 var_570;
        const wp::int32 var_571 = 0;
        const wp::int32 var_572 = 1;
        wp::int32 var_573;
        wp::int32 var_574;
        const wp::int32 var_575 = 1;
        wp::int32 var_576;
        wp::int32 var_577;
        const wp::int32 var_578 = 0;
        const wp::int32 var_579 = 1;
        wp::int32 var_580;
        wp::int32 var_581;
        const wp::int32 var_582 = 2;
        wp::int32 var_583;
        wp::int32 var_584;
        const wp::int32 var_585 = 0;
        const wp::int32 var_586 = 1;
        wp::int32 var_587;
        wp::int32 var_588;
        wp::float32 var_589;
        wp::float32 var_590;
        wp::float32 var_591;
        wp::vec_t<3, wp::float32> var_592;
        wp::vec_t<3, wp::float32> var_593;
        const wp::int32 var_594 = 0;
        wp::float32 var_595;
        const wp::int32 var_596 = 1;
        wp::float32 var_597;
        wp::float32 var_598;
        const wp::int32 var_599 = 2;
        wp::float32 var_600;
        wp::float32 var_601;
        wp::vec_t<3, wp::float32>* var_602;
        wp::vec_t<3, wp::float32> var_603;
        wp::vec_t<3, wp::float32> var_604;
        wp::vec_t<3, wp::float32> var_605;
        wp::vec_t<3, wp::float32> var_606;
        wp::vec_t<3, wp::float32> var_607;
        wp::mat_t<3, 3, wp::float32> var_608;
        const wp::float32 var_609 = 4.0;
        wp::float32 var_610;
        wp::float32 var_611;
        wp::mat_t<3, 3, wp::float32> var_612;
        wp::mat_t<3, 3, wp::float32> var_613;
        const wp::float32 var_614 = 4.0;
        wp::float32 var_615;
        wp::float32 var_616;
        wp::mat_t<3, 3, wp::float32> var_617;
        wp::mat_t<3, 3, wp::float32> var_618;
        const wp::int32 var_619 = 2;
        const wp::int32 var_620 = 0;
        wp::int32 var_621;
        wp::int32 var_622;
        const wp::int32 var_623 = 0;
        const wp::int32 var_624 = 1;
        wp::int32 var_625;
        wp::int32 var_626;
        const wp::int32 var_627 = 1;
        wp::int32 var_628;
        wp::int32 var_629;
        const wp::int32 var_630 = 0;
        const wp::int32 var_631 = 1;
        wp::int32 var_632;
        wp::int32 var_633;
        const wp::int32 var_634 = 2;
        wp::int32 var_635;
        wp::int32 var_636;
        const wp::int32 var_637 = 0;
        const wp::int32 var_638 = 1;
        wp::int32 var_639;
        wp::int32 var_640;
        wp::float32 var_641;
        wp::float32 var_642;
        wp::float32 var_643;
        wp::vec_t<3, wp::float32> var_644;
        wp::vec_t<3, wp::float32> var_645;
        const wp::int32 var_646 = 0;
        wp::float32 var_647;
        const wp::int32 var_648 = 1;
        wp::float32 var_649;
        wp::float32 var_650;
        const wp::int32 var_651 = 2;
        wp::float32 var_652;
        wp::float32 var_653;
        wp::vec_t<3, wp::float32>* var_654;
        wp::vec_t<3, wp::float32> var_655;
        wp::vec_t<3, wp::float32> var_656;
        wp::vec_t<3, wp::float32> var_657;
        wp::vec_t<3, wp::float32> var_658;
        wp::vec_t<3, wp::float32> var_659;
        wp::mat_t<3, 3, wp::float32> var_660;
        const wp::float32 var_661 = 4.0;
        wp::float32 var_662;
        wp::float32 var_663;
        wp::mat_t<3, 3, wp::float32> var_664;
        wp::mat_t<3, 3, wp::float32> var_665;
        const wp::float32 var_666 = 4.0;
        wp::float32 var_667;
        wp::float32 var_668;
        wp::mat_t<3, 3, wp::float32> var_669;
        wp::mat_t<3, 3, wp::float32> var_670;
        const wp::int32 var_671 = 1;
        const wp::int32 var_672 = 0;
        const wp::int32 var_673 = 0;
        wp::int32 var_674;
        wp::int32 var_675;
        const wp::int32 var_676 = 0;
        const wp::int32 var_677 = 1;
        wp::int32 var_678;
        wp::int32 var_679;
        const wp::int32 var_680 = 1;
        wp::int32 var_681;
        wp::int32 var_682;
        const wp::int32 var_683 = 0;
        const wp::int32 var_684 = 1;
        wp::int32 var_685;
        wp::int32 var_686;
        const wp::int32 var_687 = 2;
        wp::int32 var_688;
        wp::int32 var_689;
        const wp::int32 var_690 = 0;
        const wp::int32 var_691 = 1;
        wp::int32 var_692;
        wp::int32 var_693;
        wp::float32 var_694;
        wp::float32 var_695;
        wp::float32 var_696;
        wp::vec_t<3, wp::float32> var_697;
        wp::vec_t<3, wp::float32> var_698;
        const wp::int32 var_699 = 0;
        wp::float32 var_700;
        const wp::int32 var_701 = 1;
        wp::float32 var_702;
        wp::float32 var_703;
        const wp::int32 var_704 = 2;
        wp::float32 var_705;
        wp::float32 var_706;
        wp::vec_t<3, wp::float32>* var_707;
        wp::vec_t<3, wp::float32> var_708;
        wp::vec_t<3, wp::float32> var_709;
        wp::vec_t<3, wp::float32> var_710;
        wp::vec_t<3, wp::float32> var_711;
        wp::vec_t<3, wp::float32> var_712;
        wp::mat_t<3, 3, wp::float32> var_713;
        const wp::float32 var_714 = 4.0;
        wp::float32 var_715;
        wp::float32 var_716;
        wp::mat_t<3, 3, wp::float32> var_717;
        wp::mat_t<3, 3, wp::float32> var_718;
        const wp::float32 var_719 = 4.0;
        wp::float32 var_720;
        wp::float32 var_721;
        wp::mat_t<3, 3, wp::float32> var_722;
        wp::mat_t<3, 3, wp::float32> var_723;
        const wp::int32 var_724 = 1;
        const wp::int32 var_725 = 0;
        wp::int32 var_726;
        wp::int32 var_727;
        const wp::int32 var_728 = 0;
        const wp::int32 var_729 = 1;
        wp::int32 var_730;
        wp::int32 var_731;
        const wp::int32 var_732 = 1;
        wp::int32 var_733;
        wp::int32 var_734;
        const wp::int32 var_735 = 0;
        const wp::int32 var_736 = 1;
        wp::int32 var_737;
        wp::int32 var_738;
        const wp::int32 var_739 = 2;
        wp::int32 var_740;
        wp::int32 var_741;
        const wp::int32 var_742 = 0;
        const wp::int32 var_743 = 1;
        wp::int32 var_744;
        wp::int32 var_745;
        wp::float32 var_746;
        wp::float32 var_747;
        wp::float32 var_748;
        wp::vec_t<3, wp::float32> var_749;
        wp::vec_t<3, wp::float32> var_750;
        const wp::int32 var_751 = 0;
        wp::float32 var_752;
        const wp::int32 var_753 = 1;
        wp::float32 var_754;
        wp::float32 var_755;
        const wp::int32 var_756 = 2;
        wp::float32 var_757;
        wp::float32 var_758;
        wp::vec_t<3, wp::float32>* var_759;
        wp::vec_t<3, wp::float32> var_760;
        wp::vec_t<3, wp::float32> var_761;
        wp::vec_t<3, wp::float32> var_762;
        wp::vec_t<3, wp::float32> var_763;
        wp::vec_t<3, wp::float32> var_764;
        wp::mat_t<3, 3, wp::float32> var_765;
        const wp::float32 var_766 = 4.0;
        wp::float32 var_767;
        wp::float32 var_768;
        wp::mat_t<3, 3, wp::float32> var_769;
        wp::mat_t<3, 3, wp::float32> var_770;
        const wp::float32 var_771 = 4.0;
        wp::float32 var_772;
        wp::float32 var_773;
        wp::mat_t<3, 3, wp::float32> var_774;
        wp::mat_t<3, 3, wp::float32> var_775;
        const wp::int32 var_776 = 2;
        const wp::int32 var_777 = 0;
        wp::int32 var_778;
        wp::int32 var_779;
        const wp::int32 var_780 = 0;
        const wp::int32 var_781 = 1;
        wp::int32 var_782;
        wp::int32 var_783;
        const wp::int32 var_784 = 1;
        wp::int32 var_785;
        wp::int32 var_786;
        const wp::int32 var_787 = 0;
        const wp::int32 var_788 = 1;
        wp::int32 var_789;
        wp::int32 var_790;
        const wp::int32 var_791 = 2;
        wp::int32 var_792;
        wp::int32 var_793;
        const wp::int32 var_794 = 0;
        const wp::int32 var_795 = 1;
        wp::int32 var_796;
        wp::int32 var_797;
        wp::float32 var_798;
        wp::float32 var_799;
        wp::float32 var_800;
        wp::vec_t<3, wp::float32> var_801;
        wp::vec_t<3, wp::float32> var_802;
        const wp::int32 var_803 = 0;
        wp::float32 var_804;
        const wp::int32 var_805 = 1;
        wp::float32 var_806;
        wp::float32 var_807;
        const wp::int32 var_808 = 2;
        wp::float32 var_809;
        wp::float32 var_810;
        wp::vec_t<3, wp::float32>* var_811;
        wp::vec_t<3, wp::float32> var_812;
        wp::vec_t<3, wp::float32> var_813;
        wp::vec_t<3, wp::float32> var_814;
        wp::vec_t<3, wp::float32> var_815;
        wp::vec_t<3, wp::float32> var_816;
        wp::mat_t<3, 3, wp::float32> var_817;
        const wp::float32 var_818 = 4.0;
        wp::float32 var_819;
        wp::float32 var_820;
        wp::mat_t<3, 3, wp::float32> var_821;
        wp::mat_t<3, 3, wp::float32> var_822;
        const wp::float32 var_823 = 4.0;
        wp::float32 var_824;
        wp::float32 var_825;
        wp::mat_t<3, 3, wp::float32> var_826;
        wp::mat_t<3, 3, wp::float32> var_827;
        const wp::int32 var_828 = 2;
        const wp::int32 var_829 = 0;
        const wp::int32 var_830 = 0;
        wp::int32 var_831;
        wp::int32 var_832;
        const wp::int32 var_833 = 0;
        const wp::int32 var_834 = 1;
        wp::int32 var_835;
        wp::int32 var_836;
        const wp::int32 var_837 = 1;
        wp::int32 var_838;
        wp::int32 var_839;
        const wp::int32 var_840 = 0;
        const wp::int32 var_841 = 1;
        wp::int32 var_842;
        wp::int32 var_843;
        const wp::int32 var_844 = 2;
        wp::int32 var_845;
        wp::int32 var_846;
        const wp::int32 var_847 = 0;
        const wp::int32 var_848 = 1;
        wp::int32 var_849;
        wp::int32 var_850;
        wp::float32 var_851;
        wp::float32 var_852;
        wp::float32 var_853;
        wp::vec_t<3, wp::float32> var_854;
        wp::vec_t<3, wp::float32> var_855;
        const wp::int32 var_856 = 0;
        wp::float32 var_857;
        const wp::int32 var_858 = 1;
        wp::float32 var_859;
        wp::float32 var_860;
        const wp::int32 var_861 = 2;
        wp::float32 var_862;
        wp::float32 var_863;
        wp::vec_t<3, wp::float32>* var_864;
        wp::vec_t<3, wp::float32> var_865;
        wp::vec_t<3, wp::float32> var_866;
        wp::vec_t<3, wp::float32> var_867;
        wp::vec_t<3, wp::float32> var_868;
        wp::vec_t<3, wp::float32> var_869;
        wp::mat_t<3, 3, wp::float32> var_870;
        const wp::float32 var_871 = 4.0;
        wp::float32 var_872;
        wp::float32 var_873;
        wp::mat_t<3, 3, wp::float32> var_874;
        wp::mat_t<3, 3, wp::float32> var_875;
        const wp::float32 var_876 = 4.0;
        wp::float32 var_877;
        wp::float32 var_878;
        wp::mat_t<3, 3, wp::float32> var_879;
        wp::mat_t<3, 3, wp::float32> var_880;
        const wp::int32 var_881 = 1;
        const wp::int32 var_882 = 0;
        wp::int32 var_883;
        wp::int32 var_884;
        const wp::int32 var_885 = 0;
        const wp::int32 var_886 = 1;
        wp::int32 var_887;
        wp::int32 var_888;
        const wp::int32 var_889 = 1;
        wp::int32 var_890;
        wp::int32 var_891;
        const wp::int32 var_892 = 0;
        const wp::int32 var_893 = 1;
        wp::int32 var_894;
        wp::int32 var_895;
        const wp::int32 var_896 = 2;
        wp::int32 var_897;
        wp::int32 var_898;
        const wp::int32 var_899 = 0;
        const wp::int32 var_900 = 1;
        wp::int32 var_901;
        wp::int32 var_902;
        wp::float32 var_903;
        wp::float32 var_904;
        wp::float32 var_905;
        wp::vec_t<3, wp::float32> var_906;
        wp::vec_t<3, wp::float32> var_907;
        const wp::int32 var_908 = 0;
        wp::float32 var_909;
        const wp::int32 var_910 = 1;
        wp::float32 var_911;
        wp::float32 var_912;
        const wp::int32 var_913 = 2;
        wp::float32 var_914;
        wp::float32 var_915;
        wp::vec_t<3, wp::float32>* var_916;
        wp::vec_t<3, wp::float32> var_917;
        wp::vec_t<3, wp::float32> var_918;
        wp::vec_t<3, wp::float32> var_919;
        wp::vec_t<3, wp::float32> var_920;
        wp::vec_t<3, wp::float32> var_921;
        wp::mat_t<3, 3, wp::float32> var_922;
        const wp::float32 var_923 = 4.0;
        wp::float32 var_924;
        wp::float32 var_925;
        wp::mat_t<3, 3, wp::float32> var_926;
        wp::mat_t<3, 3, wp::float32> var_927;
        const wp::float32 var_928 = 4.0;
        wp::float32 var_929;
        wp::float32 var_930;
        wp::mat_t<3, 3, wp::float32> var_931;
        wp::mat_t<3, 3, wp::float32> var_932;
        const wp::int32 var_933 = 2;
        const wp::int32 var_934 = 0;
        wp::int32 var_935;
        wp::int32 var_936;
        const wp::int32 var_937 = 0;
        const wp::int32 var_938 = 1;
        wp::int32 var_939;
        wp::int32 var_940;
        const wp::int32 var_941 = 1;
        wp::int32 var_942;
        wp::int32 var_943;
        const wp::int32 var_944 = 0;
        const wp::int32 var_945 = 1;
        wp::int32 var_946;
        wp::int32 var_947;
        const wp::int32 var_948 = 2;
        wp::int32 var_949;
        wp::int32 var_950;
        const wp::int32 var_951 = 0;
        const wp::int32 var_952 = 1;
        wp::int32 var_953;
        wp::int32 var_954;
        wp::float32 var_955;
        wp::float32 var_956;
        wp::float32 var_957;
        wp::vec_t<3, wp::float32> var_958;
        wp::vec_t<3, wp::float32> var_959;
        const wp::int32 var_960 = 0;
        wp::float32 var_961;
        const wp::int32 var_962 = 1;
        wp::float32 var_963;
        wp::float32 var_964;
        const wp::int32 var_965 = 2;
        wp::float32 var_966;
        wp::float32 var_967;
        wp::vec_t<3, wp::float32>* var_968;
        wp::vec_t<3, wp::float32> var_969;
        wp::vec_t<3, wp::float32> var_970;
        wp::vec_t<3, wp::float32> var_971;
        wp::vec_t<3, wp::float32> var_972;
        wp::vec_t<3, wp::float32> var_973;
        wp::mat_t<3, 3, wp::float32> var_974;
        const wp::float32 var_975 = 4.0;
        wp::float32 var_976;
        wp::float32 var_977;
        wp::mat_t<3, 3, wp::float32> var_978;
        wp::mat_t<3, 3, wp::float32> var_979;
        const wp::float32 var_980 = 4.0;
        wp::float32 var_981;
        wp::float32 var_982;
        wp::mat_t<3, 3, wp::float32> var_983;
        wp::mat_t<3, 3, wp::float32> var_984;
        const wp::int32 var_985 = 2;
        const wp::int32 var_986 = 0;
        const wp::int32 var_987 = 0;
        const wp::int32 var_988 = 0;
        wp::int32 var_989;
        wp::int32 var_990;
        const wp::int32 var_991 = 0;
        const wp::int32 var_992 = 1;
        wp::int32 var_993;
        wp::int32 var_994;
        const wp::int32 var_995 = 1;
        wp::int32 var_996;
        wp::int32 var_997;
        const wp::int32 var_998 = 0;
        const wp::int32 var_999 = 1;
        wp::int32 var_1000;
        wp::int32 var_1001;
        const wp::int32 var_1002 = 2;
        wp::int32 var_1003;
        wp::int32 var_1004;
        const wp::int32 var_1005 = 0;
        const wp::int32 var_1006 = 1;
        wp::int32 var_1007;
        wp::int32 var_1008;
        wp::float32 var_1009;
        wp::float32 var_1010;
        wp::float32 var_1011;
        wp::vec_t<3, wp::float32> var_1012;
        wp::vec_t<3, wp::float32> var_1013;
        const wp::int32 var_1014 = 0;
        wp::float32 var_1015;
        const wp::int32 var_1016 = 1;
        wp::float32 var_1017;
        wp::float32 var_1018;
        const wp::int32 var_1019 = 2;
        wp::float32 var_1020;
        wp::float32 var_1021;
        wp::vec_t<3, wp::float32>* var_1022;
        wp::vec_t<3, wp::float32> var_1023;
        wp::vec_t<3, wp::float32> var_1024;
        wp::vec_t<3, wp::float32> var_1025;
        wp::vec_t<3, wp::float32> var_1026;
        wp::vec_t<3, wp::float32> var_1027;
        wp::mat_t<3, 3, wp::float32> var_1028;
        const wp::float32 var_1029 = 4.0;
        wp::float32 var_1030;
        wp::float32 var_1031;
        wp::mat_t<3, 3, wp::float32> var_1032;
        wp::mat_t<3, 3, wp::float32> var_1033;
        const wp::float32 var_1034 = 4.0;
        wp::float32 var_1035;
        wp::float32 var_1036;
        wp::mat_t<3, 3, wp::float32> var_1037;
        wp::mat_t<3, 3, wp::float32> var_1038;
        const wp::int32 var_1039 = 1;
        const wp::int32 var_1040 = 0;
        wp::int32 var_1041;
        wp::int32 var_1042;
        const wp::int32 var_1043 = 0;
        const wp::int32 var_1044 = 1;
        wp::int32 var_1045;
        wp::int32 var_1046;
        const wp::int32 var_1047 = 1;
        wp::int32 var_1048;
        wp::int32 var_1049;
        const wp::int32 var_1050 = 0;
        const wp::int32 var_1051 = 1;
        wp::int32 var_1052;
        wp::int32 var_1053;
        const wp::int32 var_1054 = 2;
        wp::int32 var_1055;
        wp::int32 var_1056;
        const wp::int32 var_1057 = 0;
        const wp::int32 var_1058 = 1;
        wp::int32 var_1059;
        wp::int32 var_1060;
        wp::float32 var_1061;
        wp::float32 var_1062;
        wp::float32 var_1063;
        wp::vec_t<3, wp::float32> var_1064;
        wp::vec_t<3, wp::float32> var_1065;
        const wp::int32 var_1066 = 0;
        wp::float32 var_1067;
        const wp::int32 var_1068 = 1;
        wp::float32 var_1069;
        wp::float32 var_1070;
        const wp::int32 var_1071 = 2;
        wp::float32 var_1072;
        wp::float32 var_1073;
        wp::vec_t<3, wp::float32>* var_1074;
        wp::vec_t<3, wp::float32> var_1075;
        wp::vec_t<3, wp::float32> var_1076;
        wp::vec_t<3, wp::float32> var_1077;
        wp::vec_t<3, wp::float32> var_1078;
        wp::vec_t<3, wp::float32> var_1079;
        wp::mat_t<3, 3, wp::float32> var_1080;
        const wp::float32 var_1081 = 4.0;
        wp::float32 var_1082;
        wp::float32 var_1083;
        wp::mat_t<3, 3, wp::float32> var_1084;
        wp::mat_t<3, 3, wp::float32> var_1085;
        const wp::float32 var_1086 = 4.0;
        wp::float32 var_1087;
        wp::float32 var_1088;
        wp::mat_t<3, 3, wp::float32> var_1089;
        wp::mat_t<3, 3, wp::float32> var_1090;
        const wp::int32 var_1091 = 2;
        const wp::int32 var_1092 = 0;
        wp::int32 var_1093;
        wp::int32 var_1094;
        const wp::int32 var_1095 = 0;
        const wp::int32 var_1096 = 1;
        wp::int32 var_1097;
        wp::int32 var_1098;
        const wp::int32 var_1099 = 1;
        wp::int32 var_1100;
        wp::int32 var_1101;
        const wp::int32 var_1102 = 0;
        const wp::int32 var_1103 = 1;
        wp::int32 var_1104;
        wp::int32 var_1105;
        const wp::int32 var_1106 = 2;
        wp::int32 var_1107;
        wp::int32 var_1108;
        const wp::int32 var_1109 = 0;
        const wp::int32 var_1110 = 1;
        wp::int32 var_1111;
        wp::int32 var_1112;
        wp::float32 var_1113;
        wp::float32 var_1114;
        wp::float32 var_1115;
        wp::vec_t<3, wp::float32> var_1116;
        wp::vec_t<3, wp::float32> var_1117;
        const wp::int32 var_1118 = 0;
        wp::float32 var_1119;
        const wp::int32 var_1120 = 1;
        wp::float32 var_1121;
        wp::float32 var_1122;
        const wp::int32 var_1123 = 2;
        wp::float32 var_1124;
        wp::float32 var_1125;
        wp::vec_t<3, wp::float32>* var_1126;
        wp::vec_t<3, wp::float32> var_1127;
        wp::vec_t<3, wp::float32> var_1128;
        wp::vec_t<3, wp::float32> var_1129;
        wp::vec_t<3, wp::float32> var_1130;
        wp::vec_t<3, wp::float32> var_1131;
        wp::mat_t<3, 3, wp::float32> var_1132;
        const wp::float32 var_1133 = 4.0;
        wp::float32 var_1134;
        wp::float32 var_1135;
        wp::mat_t<3, 3, wp::float32> var_1136;
        wp::mat_t<3, 3, wp::float32> var_1137;
        const wp::float32 var_1138 = 4.0;
        wp::float32 var_1139;
        wp::float32 var_1140;
        wp::mat_t<3, 3, wp::float32> var_1141;
        wp::mat_t<3, 3, wp::float32> var_1142;
        const wp::int32 var_1143 = 1;
        const wp::int32 var_1144 = 0;
        const wp::int32 var_1145 = 0;
        wp::int32 var_1146;
        wp::int32 var_1147;
        const wp::int32 var_1148 = 0;
        const wp::int32 var_1149 = 1;
        wp::int32 var_1150;
        wp::int32 var_1151;
        const wp::int32 var_1152 = 1;
        wp::int32 var_1153;
        wp::int32 var_1154;
        const wp::int32 var_1155 = 0;
        const wp::int32 var_1156 = 1;
        wp::int32 var_1157;
        wp::int32 var_1158;
        const wp::int32 var_1159 = 2;
        wp::int32 var_1160;
        wp::int32 var_1161;
        const wp::int32 var_1162 = 0;
        const wp::int32 var_1163 = 1;
        wp::int32 var_1164;
        wp::int32 var_1165;
        wp::float32 var_1166;
        wp::float32 var_1167;
        wp::float32 var_1168;
        wp::vec_t<3, wp::float32> var_1169;
        wp::vec_t<3, wp::float32> var_1170;
        const wp::int32 var_1171 = 0;
        wp::float32 var_1172;
        const wp::int32 var_1173 = 1;
        wp::float32 var_1174;
        wp::float32 var_1175;
        const wp::int32 var_1176 = 2;
        wp::float32 var_1177;
        wp::float32 var_1178;
        wp::vec_t<3, wp::float32>* var_1179;
        wp::vec_t<3, wp::float32> var_1180;
        wp::vec_t<3, wp::float32> var_1181;
        wp::vec_t<3, wp::float32> var_1182;
        wp::vec_t<3, wp::float32> var_1183;
        wp::vec_t<3, wp::float32> var_1184;
        wp::mat_t<3, 3, wp::float32> var_1185;
        const wp::float32 var_1186 = 4.0;
        wp::float32 var_1187;
        wp::float32 var_1188;
        wp::mat_t<3, 3, wp::float32> var_1189;
        wp::mat_t<3, 3, wp::float32> var_1190;
        const wp::float32 var_1191 = 4.0;
        wp::float32 var_1192;
        wp::float32 var_1193;
        wp::mat_t<3, 3, wp::float32> var_1194;
        wp::mat_t<3, 3, wp::float32> var_1195;
        const wp::int32 var_1196 = 1;
        const wp::int32 var_1197 = 0;
        wp::int32 var_1198;
        wp::int32 var_1199;
        const wp::int32 var_1200 = 0;
        const wp::int32 var_1201 = 1;
        wp::int32 var_1202;
        wp::int32 var_1203;
        const wp::int32 var_1204 = 1;
        wp::int32 var_1205;
        wp::int32 var_1206;
        const wp::int32 var_1207 = 0;
        const wp::int32 var_1208 = 1;
        wp::int32 var_1209;
        wp::int32 var_1210;
        const wp::int32 var_1211 = 2;
        wp::int32 var_1212;
        wp::int32 var_1213;
        const wp::int32 var_1214 = 0;
        const wp::int32 var_1215 = 1;
        wp::int32 var_1216;
        wp::int32 var_1217;
        wp::float32 var_1218;
        wp::float32 var_1219;
        wp::float32 var_1220;
        wp::vec_t<3, wp::float32> var_1221;
        wp::vec_t<3, wp::float32> var_1222;
        const wp::int32 var_1223 = 0;
        wp::float32 var_1224;
        const wp::int32 var_1225 = 1;
        wp::float32 var_1226;
        wp::float32 var_1227;
        const wp::int32 var_1228 = 2;
        wp::float32 var_1229;
        wp::float32 var_1230;
        wp::vec_t<3, wp::float32>* var_1231;
        wp::vec_t<3, wp::float32> var_1232;
        wp::vec_t<3, wp::float32> var_1233;
        wp::vec_t<3, wp::float32> var_1234;
        wp::vec_t<3, wp::float32> var_1235;
        wp::vec_t<3, wp::float32> var_1236;
        wp::mat_t<3, 3, wp::float32> var_1237;
        const wp::float32 var_1238 = 4.0;
        wp::float32 var_1239;
        wp::float32 var_1240;
        wp::mat_t<3, 3, wp::float32> var_1241;
        wp::mat_t<3, 3, wp::float32> var_1242;
        const wp::float32 var_1243 = 4.0;
        wp::float32 var_1244;
        wp::float32 var_1245;
        wp::mat_t<3, 3, wp::float32> var_1246;
        wp::mat_t<3, 3, wp::float32> var_1247;
        const wp::int32 var_1248 = 2;
        const wp::int32 var_1249 = 0;
        wp::int32 var_1250;
        wp::int32 var_1251;
        const wp::int32 var_1252 = 0;
        const wp::int32 var_1253 = 1;
        wp::int32 var_1254;
        wp::int32 var_1255;
        const wp::int32 var_1256 = 1;
        wp::int32 var_1257;
        wp::int32 var_1258;
        const wp::int32 var_1259 = 0;
        const wp::int32 var_1260 = 1;
        wp::int32 var_1261;
        wp::int32 var_1262;
        const wp::int32 var_1263 = 2;
        wp::int32 var_1264;
        wp::int32 var_1265;
        const wp::int32 var_1266 = 0;
        const wp::int32 var_1267 = 1;
        wp::int32 var_1268;
        wp::int32 var_1269;
        wp::float32 var_1270;
        wp::float32 var_1271;
        wp::float32 var_1272;
        wp::vec_t<3, wp::float32> var_1273;
        wp::vec_t<3, wp::float32> var_1274;
        const wp::int32 var_1275 = 0;
        wp::float32 var_1276;
        const wp::int32 var_1277 = 1;
        wp::float32 var_1278;
        wp::float32 var_1279;
        const wp::int32 var_1280 = 2;
        wp::float32 var_1281;
        wp::float32 var_1282;
        wp::vec_t<3, wp::float32>* var_1283;
        wp::vec_t<3, wp::float32> var_1284;
        wp::vec_t<3, wp::float32> var_1285;
        wp::vec_t<3, wp::float32> var_1286;
        wp::vec_t<3, wp::float32> var_1287;
        wp::vec_t<3, wp::float32> var_1288;
        wp::mat_t<3, 3, wp::float32> var_1289;
        const wp::float32 var_1290 = 4.0;
        wp::float32 var_1291;
        wp::float32 var_1292;
        wp::mat_t<3, 3, wp::float32> var_1293;
        wp::mat_t<3, 3, wp::float32> var_1294;
        const wp::float32 var_1295 = 4.0;
        wp::float32 var_1296;
        wp::float32 var_1297;
        wp::mat_t<3, 3, wp::float32> var_1298;
        wp::mat_t<3, 3, wp::float32> var_1299;
        const wp::int32 var_1300 = 2;
        const wp::int32 var_1301 = 0;
        const wp::int32 var_1302 = 0;
        wp::int32 var_1303;
        wp::int32 var_1304;
        const wp::int32 var_1305 = 0;
        const wp::int32 var_1306 = 1;
        wp::int32 var_1307;
        wp::int32 var_1308;
        const wp::int32 var_1309 = 1;
        wp::int32 var_1310;
        wp::int32 var_1311;
        const wp::int32 var_1312 = 0;
        const wp::int32 var_1313 = 1;
        wp::int32 var_1314;
        wp::int32 var_1315;
        const wp::int32 var_1316 = 2;
        wp::int32 var_1317;
        wp::int32 var_1318;
        const wp::int32 var_1319 = 0;
        const wp::int32 var_1320 = 1;
        wp::int32 var_1321;
        wp::int32 var_1322;
        wp::float32 var_1323;
        wp::float32 var_1324;
        wp::float32 var_1325;
        wp::vec_t<3, wp::float32> var_1326;
        wp::vec_t<3, wp::float32> var_1327;
        const wp::int32 var_1328 = 0;
        wp::float32 var_1329;
        const wp::int32 var_1330 = 1;
        wp::float32 var_1331;
        wp::float32 var_1332;
        const wp::int32 var_1333 = 2;
        wp::float32 var_1334;
        wp::float32 var_1335;
        wp::vec_t<3, wp::float32>* var_1336;
        wp::vec_t<3, wp::float32> var_1337;
        wp::vec_t<3, wp::float32> var_1338;
        wp::vec_t<3, wp::float32> var_1339;
        wp::vec_t<3, wp::float32> var_1340;
        wp::vec_t<3, wp::float32> var_1341;
        wp::mat_t<3, 3, wp::float32> var_1342;
        const wp::float32 var_1343 = 4.0;
        wp::float32 var_1344;
        wp::float32 var_1345;
        wp::mat_t<3, 3, wp::float32> var_1346;
        wp::mat_t<3, 3, wp::float32> var_1347;
        const wp::float32 var_1348 = 4.0;
        wp::float32 var_1349;
        wp::float32 var_1350;
        wp::mat_t<3, 3, wp::float32> var_1351;
        wp::mat_t<3, 3, wp::float32> var_1352;
        const wp::int32 var_1353 = 1;
        const wp::int32 var_1354 = 0;
        wp::int32 var_1355;
        wp::int32 var_1356;
        const wp::int32 var_1357 = 0;
        const wp::int32 var_1358 = 1;
        wp::int32 var_1359;
        wp::int32 var_1360;
        const wp::int32 var_1361 = 1;
        wp::int32 var_1362;
        wp::int32 var_1363;
        const wp::int32 var_1364 = 0;
        const wp::int32 var_1365 = 1;
        wp::int32 var_1366;
        wp::int32 var_1367;
        const wp::int32 var_1368 = 2;
        wp::int32 var_1369;
        wp::int32 var_1370;
        const wp::int32 var_1371 = 0;
        const wp::int32 var_1372 = 1;
        wp::int32 var_1373;
        wp::int32 var_1374;
        wp::float32 var_1375;
        wp::float32 var_1376;
        wp::float32 var_1377;
        wp::vec_t<3, wp::float32> var_1378;
        wp::vec_t<3, wp::float32> var_1379;
        const wp::int32 var_1380 = 0;
        wp::float32 var_1381;
        const wp::int32 var_1382 = 1;
        wp::float32 var_1383;
        wp::float32 var_1384;
        const wp::int32 var_1385 = 2;
        wp::float32 var_1386;
        wp::float32 var_1387;
        wp::vec_t<3, wp::float32>* var_1388;
        wp::vec_t<3, wp::float32> var_1389;
        wp::vec_t<3, wp::float32> var_1390;
        wp::vec_t<3, wp::float32> var_1391;
        wp::vec_t<3, wp::float32> var_1392;
        wp::vec_t<3, wp::float32> var_1393;
        wp::mat_t<3, 3, wp::float32> var_1394;
        const wp::float32 var_1395 = 4.0;
        wp::float32 var_1396;
        wp::float32 var_1397;
        wp::mat_t<3, 3, wp::float32> var_1398;
        wp::mat_t<3, 3, wp::float32> var_1399;
        const wp::float32 var_1400 = 4.0;
        wp::float32 var_1401;
        wp::float32 var_1402;
        wp::mat_t<3, 3, wp::float32> var_1403;
        wp::mat_t<3, 3, wp::float32> var_1404;
        const wp::int32 var_1405 = 2;
        const wp::int32 var_1406 = 0;
        wp::int32 var_1407;
        wp::int32 var_1408;
        const wp::int32 var_1409 = 0;
        const wp::int32 var_1410 = 1;
        wp::int32 var_1411;
        wp::int32 var_1412;
        const wp::int32 var_1413 = 1;
        wp::int32 var_1414;
        wp::int32 var_1415;
        const wp::int32 var_1416 = 0;
        const wp::int32 var_1417 = 1;
        wp::int32 var_1418;
        wp::int32 var_1419;
        const wp::int32 var_1420 = 2;
        wp::int32 var_1421;
        wp::int32 var_1422;
        const wp::int32 var_1423 = 0;
        const wp::int32 var_1424 = 1;
        wp::int32 var_1425;
        wp::int32 var_1426;
        wp::float32 var_1427;
        wp::float32 var_1428;
        wp::float32 var_1429;
        wp::vec_t<3, wp::float32> var_1430;
        wp::vec_t<3, wp::float32> var_1431;
        const wp::int32 var_1432 = 0;
        wp::float32 var_1433;
        const wp::int32 var_1434 = 1;
        wp::float32 var_1435;
        wp::float32 var_1436;
        const wp::int32 var_1437 = 2;
        wp::float32 var_1438;
        wp::float32 var_1439;
        wp::vec_t<3, wp::float32>* var_1440;
        wp::vec_t<3, wp::float32> var_1441;
        wp::vec_t<3, wp::float32> var_1442;
        wp::vec_t<3, wp::float32> var_1443;
        wp::vec_t<3, wp::float32> var_1444;
        wp::vec_t<3, wp::float32> var_1445;
        wp::mat_t<3, 3, wp::float32> var_1446;
        const wp::float32 var_1447 = 4.0;
        wp::float32 var_1448;
        wp::float32 var_1449;
        wp::mat_t<3, 3, wp::float32> var_1450;
        wp::mat_t<3, 3, wp::float32> var_1451;
        const wp::float32 var_1452 = 4.0;
        wp::float32 var_1453;
        wp::float32 var_1454;
        wp::mat_t<3, 3, wp::float32> var_1455;
        wp::mat_t<3, 3, wp::float32> var_1456;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_1457;
        wp::array_t<wp::vec_t<3, wp::float32>> var_1458;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_1459;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_1460;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_1461;
        wp::vec_t<3, wp::float32>* var_1462;
        wp::array_t<wp::vec_t<3, wp::float32>> var_1463;
        wp::vec_t<3, wp::float32> var_1464;
        wp::vec_t<3, wp::float32> var_1465;
        wp::vec_t<3, wp::float32> var_1466;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_1467;
        wp::array_t<wp::vec_t<3, wp::float32>> var_1468;
        const wp::int32 var_1469 = 3;
        wp::mat_t<3, 3, wp::float32> var_1470;
        wp::mat_t<3, 3, wp::float32> var_1471;
        wp::mat_t<3, 3, wp::float32> var_1472;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_1473;
        wp::mat_t<3, 3, wp::float32>* var_1474;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_1475;
        wp::mat_t<3, 3, wp::float32> var_1476;
        wp::mat_t<3, 3, wp::float32> var_1477;
        wp::array_t<wp::mat_t<3, 3, wp::float32>>* var_1478;
        wp::array_t<wp::mat_t<3, 3, wp::float32>> var_1479;
        wp::float32 var_1480;
        wp::array_t<wp::float32>* var_1481;
        wp::array_t<wp::float32> var_1482;
        //---------
        // forward
        // def g2p(s: MPMState, grid_v: wp.array3d(dtype=wp.vec3), dx: float, dt: float):         <L 97>
        // i = wp.tid()                                                                           <L 98>
        var_0 = builtin_tid1d();
        // inv_dx = 1.0 / dx                                                                      <L 99>
        var_2 = wp::div(var_1, var_dx);
        // xp = s.x[i] * inv_dx                                                                   <L 100>
        var_3 = &(var_s.x);
        var_5 = wp::load(var_3);
        var_4 = wp::address(var_5, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_2);
        // base = wp.vec3i(int(xp[0] - 0.5), int(xp[1] - 0.5), int(xp[2] - 0.5))                  <L 101>
        var_9 = wp::extract(var_6, var_8);
        var_11 = wp::sub(var_9, var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_6, var_13);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::int(var_16);
        var_19 = wp::extract(var_6, var_18);
        var_21 = wp::sub(var_19, var_20);
        var_22 = wp::int(var_21);
        var_23 = wp::vec_t<3, wp::int32>(var_12, var_17, var_22);
        // fx = xp - wp.vec3(float(base[0]), float(base[1]), float(base[2]))                      <L 102>
        var_25 = wp::extract(var_23, var_24);
        var_26 = wp::float(var_25);
        var_28 = wp::extract(var_23, var_27);
        var_29 = wp::float(var_28);
        var_31 = wp::extract(var_23, var_30);
        var_32 = wp::float(var_31);
        var_33 = wp::vec_t<3, wp::float32>(var_26, var_29, var_32);
        var_34 = wp::sub(var_6, var_33);
        // w0, w1, w2 = quad_weights(fx)                                                          <L 103>
        quad_weights_0(var_34, var_35, var_36, var_37);
        // new_v = wp.vec3()                                                                      <L 104>
        var_38 = wp::vec_t<3, wp::float32>();
        // new_C = wp.mat33()                                                                     <L 105>
        var_39 = wp::mat_t<3, 3, wp::float32>();
        // for a in range(3):                                                                     <L 106>
        // for b in range(3):                                                                     <L 107>
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_44 = wp::extract(var_23, var_43);
        var_45 = wp::add(var_44, var_40);
        var_49 = wp::sub(var_47, var_48);
        var_50 = wp::clamp(var_45, var_46, var_49);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_52 = wp::extract(var_23, var_51);
        var_53 = wp::add(var_52, var_41);
        var_56 = wp::sub(var_47, var_55);
        var_57 = wp::clamp(var_53, var_54, var_56);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_59 = wp::extract(var_23, var_58);
        var_60 = wp::add(var_59, var_42);
        var_63 = wp::sub(var_47, var_62);
        var_64 = wp::clamp(var_60, var_61, var_63);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_65 = wp::float(var_40);
        var_66 = wp::float(var_41);
        var_67 = wp::float(var_42);
        var_68 = wp::vec_t<3, wp::float32>(var_65, var_66, var_67);
        var_69 = wp::sub(var_68, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_71 = pick_0(var_35, var_36, var_37, var_40, var_70);
        var_73 = pick_0(var_35, var_36, var_37, var_41, var_72);
        var_74 = wp::mul(var_71, var_73);
        var_76 = pick_0(var_35, var_36, var_37, var_42, var_75);
        var_77 = wp::mul(var_74, var_76);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_78 = wp::address(var_grid_v, var_50, var_57, var_64);
        var_80 = wp::load(var_78);
        var_79 = wp::copy(var_80);
        // new_v += weight * gv                                                                   <L 115>
        var_81 = wp::mul(var_77, var_79);
        var_82 = wp::mul(var_77, var_79);
        var_83 = wp::add(var_38, var_82);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_84 = wp::outer(var_79, var_69);
        var_86 = wp::mul(var_85, var_2);
        var_87 = wp::mul(var_86, var_77);
        var_88 = wp::mul(var_84, var_87);
        var_89 = wp::outer(var_79, var_69);
        var_91 = wp::mul(var_90, var_2);
        var_92 = wp::mul(var_91, var_77);
        var_93 = wp::mul(var_89, var_92);
        var_94 = wp::add(var_39, var_93);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_97 = wp::extract(var_23, var_96);
        var_98 = wp::add(var_97, var_40);
        var_101 = wp::sub(var_47, var_100);
        var_102 = wp::clamp(var_98, var_99, var_101);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_104 = wp::extract(var_23, var_103);
        var_105 = wp::add(var_104, var_41);
        var_108 = wp::sub(var_47, var_107);
        var_109 = wp::clamp(var_105, var_106, var_108);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_111 = wp::extract(var_23, var_110);
        var_112 = wp::add(var_111, var_95);
        var_115 = wp::sub(var_47, var_114);
        var_116 = wp::clamp(var_112, var_113, var_115);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_117 = wp::float(var_40);
        var_118 = wp::float(var_41);
        var_119 = wp::float(var_95);
        var_120 = wp::vec_t<3, wp::float32>(var_117, var_118, var_119);
        var_121 = wp::sub(var_120, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_123 = pick_0(var_35, var_36, var_37, var_40, var_122);
        var_125 = pick_0(var_35, var_36, var_37, var_41, var_124);
        var_126 = wp::mul(var_123, var_125);
        var_128 = pick_0(var_35, var_36, var_37, var_95, var_127);
        var_129 = wp::mul(var_126, var_128);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_130 = wp::address(var_grid_v, var_102, var_109, var_116);
        var_132 = wp::load(var_130);
        var_131 = wp::copy(var_132);
        // new_v += weight * gv                                                                   <L 115>
        var_133 = wp::mul(var_129, var_131);
        var_134 = wp::mul(var_129, var_131);
        var_135 = wp::add(var_83, var_134);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_136 = wp::outer(var_131, var_121);
        var_138 = wp::mul(var_137, var_2);
        var_139 = wp::mul(var_138, var_129);
        var_140 = wp::mul(var_136, var_139);
        var_141 = wp::outer(var_131, var_121);
        var_143 = wp::mul(var_142, var_2);
        var_144 = wp::mul(var_143, var_129);
        var_145 = wp::mul(var_141, var_144);
        var_146 = wp::add(var_94, var_145);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_149 = wp::extract(var_23, var_148);
        var_150 = wp::add(var_149, var_40);
        var_153 = wp::sub(var_47, var_152);
        var_154 = wp::clamp(var_150, var_151, var_153);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_156 = wp::extract(var_23, var_155);
        var_157 = wp::add(var_156, var_41);
        var_160 = wp::sub(var_47, var_159);
        var_161 = wp::clamp(var_157, var_158, var_160);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_163 = wp::extract(var_23, var_162);
        var_164 = wp::add(var_163, var_147);
        var_167 = wp::sub(var_47, var_166);
        var_168 = wp::clamp(var_164, var_165, var_167);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_169 = wp::float(var_40);
        var_170 = wp::float(var_41);
        var_171 = wp::float(var_147);
        var_172 = wp::vec_t<3, wp::float32>(var_169, var_170, var_171);
        var_173 = wp::sub(var_172, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_175 = pick_0(var_35, var_36, var_37, var_40, var_174);
        var_177 = pick_0(var_35, var_36, var_37, var_41, var_176);
        var_178 = wp::mul(var_175, var_177);
        var_180 = pick_0(var_35, var_36, var_37, var_147, var_179);
        var_181 = wp::mul(var_178, var_180);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_182 = wp::address(var_grid_v, var_154, var_161, var_168);
        var_184 = wp::load(var_182);
        var_183 = wp::copy(var_184);
        // new_v += weight * gv                                                                   <L 115>
        var_185 = wp::mul(var_181, var_183);
        var_186 = wp::mul(var_181, var_183);
        var_187 = wp::add(var_135, var_186);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_188 = wp::outer(var_183, var_173);
        var_190 = wp::mul(var_189, var_2);
        var_191 = wp::mul(var_190, var_181);
        var_192 = wp::mul(var_188, var_191);
        var_193 = wp::outer(var_183, var_173);
        var_195 = wp::mul(var_194, var_2);
        var_196 = wp::mul(var_195, var_181);
        var_197 = wp::mul(var_193, var_196);
        var_198 = wp::add(var_146, var_197);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_202 = wp::extract(var_23, var_201);
        var_203 = wp::add(var_202, var_40);
        var_206 = wp::sub(var_47, var_205);
        var_207 = wp::clamp(var_203, var_204, var_206);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_209 = wp::extract(var_23, var_208);
        var_210 = wp::add(var_209, var_199);
        var_213 = wp::sub(var_47, var_212);
        var_214 = wp::clamp(var_210, var_211, var_213);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_216 = wp::extract(var_23, var_215);
        var_217 = wp::add(var_216, var_200);
        var_220 = wp::sub(var_47, var_219);
        var_221 = wp::clamp(var_217, var_218, var_220);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_222 = wp::float(var_40);
        var_223 = wp::float(var_199);
        var_224 = wp::float(var_200);
        var_225 = wp::vec_t<3, wp::float32>(var_222, var_223, var_224);
        var_226 = wp::sub(var_225, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_228 = pick_0(var_35, var_36, var_37, var_40, var_227);
        var_230 = pick_0(var_35, var_36, var_37, var_199, var_229);
        var_231 = wp::mul(var_228, var_230);
        var_233 = pick_0(var_35, var_36, var_37, var_200, var_232);
        var_234 = wp::mul(var_231, var_233);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_235 = wp::address(var_grid_v, var_207, var_214, var_221);
        var_237 = wp::load(var_235);
        var_236 = wp::copy(var_237);
        // new_v += weight * gv                                                                   <L 115>
        var_238 = wp::mul(var_234, var_236);
        var_239 = wp::mul(var_234, var_236);
        var_240 = wp::add(var_187, var_239);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_241 = wp::outer(var_236, var_226);
        var_243 = wp::mul(var_242, var_2);
        var_244 = wp::mul(var_243, var_234);
        var_245 = wp::mul(var_241, var_244);
        var_246 = wp::outer(var_236, var_226);
        var_248 = wp::mul(var_247, var_2);
        var_249 = wp::mul(var_248, var_234);
        var_250 = wp::mul(var_246, var_249);
        var_251 = wp::add(var_198, var_250);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_254 = wp::extract(var_23, var_253);
        var_255 = wp::add(var_254, var_40);
        var_258 = wp::sub(var_47, var_257);
        var_259 = wp::clamp(var_255, var_256, var_258);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_261 = wp::extract(var_23, var_260);
        var_262 = wp::add(var_261, var_199);
        var_265 = wp::sub(var_47, var_264);
        var_266 = wp::clamp(var_262, var_263, var_265);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_268 = wp::extract(var_23, var_267);
        var_269 = wp::add(var_268, var_252);
        var_272 = wp::sub(var_47, var_271);
        var_273 = wp::clamp(var_269, var_270, var_272);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_274 = wp::float(var_40);
        var_275 = wp::float(var_199);
        var_276 = wp::float(var_252);
        var_277 = wp::vec_t<3, wp::float32>(var_274, var_275, var_276);
        var_278 = wp::sub(var_277, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_280 = pick_0(var_35, var_36, var_37, var_40, var_279);
        var_282 = pick_0(var_35, var_36, var_37, var_199, var_281);
        var_283 = wp::mul(var_280, var_282);
        var_285 = pick_0(var_35, var_36, var_37, var_252, var_284);
        var_286 = wp::mul(var_283, var_285);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_287 = wp::address(var_grid_v, var_259, var_266, var_273);
        var_289 = wp::load(var_287);
        var_288 = wp::copy(var_289);
        // new_v += weight * gv                                                                   <L 115>
        var_290 = wp::mul(var_286, var_288);
        var_291 = wp::mul(var_286, var_288);
        var_292 = wp::add(var_240, var_291);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_293 = wp::outer(var_288, var_278);
        var_295 = wp::mul(var_294, var_2);
        var_296 = wp::mul(var_295, var_286);
        var_297 = wp::mul(var_293, var_296);
        var_298 = wp::outer(var_288, var_278);
        var_300 = wp::mul(var_299, var_2);
        var_301 = wp::mul(var_300, var_286);
        var_302 = wp::mul(var_298, var_301);
        var_303 = wp::add(var_251, var_302);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_306 = wp::extract(var_23, var_305);
        var_307 = wp::add(var_306, var_40);
        var_310 = wp::sub(var_47, var_309);
        var_311 = wp::clamp(var_307, var_308, var_310);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_313 = wp::extract(var_23, var_312);
        var_314 = wp::add(var_313, var_199);
        var_317 = wp::sub(var_47, var_316);
        var_318 = wp::clamp(var_314, var_315, var_317);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_320 = wp::extract(var_23, var_319);
        var_321 = wp::add(var_320, var_304);
        var_324 = wp::sub(var_47, var_323);
        var_325 = wp::clamp(var_321, var_322, var_324);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_326 = wp::float(var_40);
        var_327 = wp::float(var_199);
        var_328 = wp::float(var_304);
        var_329 = wp::vec_t<3, wp::float32>(var_326, var_327, var_328);
        var_330 = wp::sub(var_329, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_332 = pick_0(var_35, var_36, var_37, var_40, var_331);
        var_334 = pick_0(var_35, var_36, var_37, var_199, var_333);
        var_335 = wp::mul(var_332, var_334);
        var_337 = pick_0(var_35, var_36, var_37, var_304, var_336);
        var_338 = wp::mul(var_335, var_337);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_339 = wp::address(var_grid_v, var_311, var_318, var_325);
        var_341 = wp::load(var_339);
        var_340 = wp::copy(var_341);
        // new_v += weight * gv                                                                   <L 115>
        var_342 = wp::mul(var_338, var_340);
        var_343 = wp::mul(var_338, var_340);
        var_344 = wp::add(var_292, var_343);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_345 = wp::outer(var_340, var_330);
        var_347 = wp::mul(var_346, var_2);
        var_348 = wp::mul(var_347, var_338);
        var_349 = wp::mul(var_345, var_348);
        var_350 = wp::outer(var_340, var_330);
        var_352 = wp::mul(var_351, var_2);
        var_353 = wp::mul(var_352, var_338);
        var_354 = wp::mul(var_350, var_353);
        var_355 = wp::add(var_303, var_354);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_359 = wp::extract(var_23, var_358);
        var_360 = wp::add(var_359, var_40);
        var_363 = wp::sub(var_47, var_362);
        var_364 = wp::clamp(var_360, var_361, var_363);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_366 = wp::extract(var_23, var_365);
        var_367 = wp::add(var_366, var_356);
        var_370 = wp::sub(var_47, var_369);
        var_371 = wp::clamp(var_367, var_368, var_370);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_373 = wp::extract(var_23, var_372);
        var_374 = wp::add(var_373, var_357);
        var_377 = wp::sub(var_47, var_376);
        var_378 = wp::clamp(var_374, var_375, var_377);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_379 = wp::float(var_40);
        var_380 = wp::float(var_356);
        var_381 = wp::float(var_357);
        var_382 = wp::vec_t<3, wp::float32>(var_379, var_380, var_381);
        var_383 = wp::sub(var_382, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_385 = pick_0(var_35, var_36, var_37, var_40, var_384);
        var_387 = pick_0(var_35, var_36, var_37, var_356, var_386);
        var_388 = wp::mul(var_385, var_387);
        var_390 = pick_0(var_35, var_36, var_37, var_357, var_389);
        var_391 = wp::mul(var_388, var_390);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_392 = wp::address(var_grid_v, var_364, var_371, var_378);
        var_394 = wp::load(var_392);
        var_393 = wp::copy(var_394);
        // new_v += weight * gv                                                                   <L 115>
        var_395 = wp::mul(var_391, var_393);
        var_396 = wp::mul(var_391, var_393);
        var_397 = wp::add(var_344, var_396);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_398 = wp::outer(var_393, var_383);
        var_400 = wp::mul(var_399, var_2);
        var_401 = wp::mul(var_400, var_391);
        var_402 = wp::mul(var_398, var_401);
        var_403 = wp::outer(var_393, var_383);
        var_405 = wp::mul(var_404, var_2);
        var_406 = wp::mul(var_405, var_391);
        var_407 = wp::mul(var_403, var_406);
        var_408 = wp::add(var_355, var_407);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_411 = wp::extract(var_23, var_410);
        var_412 = wp::add(var_411, var_40);
        var_415 = wp::sub(var_47, var_414);
        var_416 = wp::clamp(var_412, var_413, var_415);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_418 = wp::extract(var_23, var_417);
        var_419 = wp::add(var_418, var_356);
        var_422 = wp::sub(var_47, var_421);
        var_423 = wp::clamp(var_419, var_420, var_422);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_425 = wp::extract(var_23, var_424);
        var_426 = wp::add(var_425, var_409);
        var_429 = wp::sub(var_47, var_428);
        var_430 = wp::clamp(var_426, var_427, var_429);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_431 = wp::float(var_40);
        var_432 = wp::float(var_356);
        var_433 = wp::float(var_409);
        var_434 = wp::vec_t<3, wp::float32>(var_431, var_432, var_433);
        var_435 = wp::sub(var_434, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_437 = pick_0(var_35, var_36, var_37, var_40, var_436);
        var_439 = pick_0(var_35, var_36, var_37, var_356, var_438);
        var_440 = wp::mul(var_437, var_439);
        var_442 = pick_0(var_35, var_36, var_37, var_409, var_441);
        var_443 = wp::mul(var_440, var_442);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_444 = wp::address(var_grid_v, var_416, var_423, var_430);
        var_446 = wp::load(var_444);
        var_445 = wp::copy(var_446);
        // new_v += weight * gv                                                                   <L 115>
        var_447 = wp::mul(var_443, var_445);
        var_448 = wp::mul(var_443, var_445);
        var_449 = wp::add(var_397, var_448);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_450 = wp::outer(var_445, var_435);
        var_452 = wp::mul(var_451, var_2);
        var_453 = wp::mul(var_452, var_443);
        var_454 = wp::mul(var_450, var_453);
        var_455 = wp::outer(var_445, var_435);
        var_457 = wp::mul(var_456, var_2);
        var_458 = wp::mul(var_457, var_443);
        var_459 = wp::mul(var_455, var_458);
        var_460 = wp::add(var_408, var_459);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_463 = wp::extract(var_23, var_462);
        var_464 = wp::add(var_463, var_40);
        var_467 = wp::sub(var_47, var_466);
        var_468 = wp::clamp(var_464, var_465, var_467);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_470 = wp::extract(var_23, var_469);
        var_471 = wp::add(var_470, var_356);
        var_474 = wp::sub(var_47, var_473);
        var_475 = wp::clamp(var_471, var_472, var_474);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_477 = wp::extract(var_23, var_476);
        var_478 = wp::add(var_477, var_461);
        var_481 = wp::sub(var_47, var_480);
        var_482 = wp::clamp(var_478, var_479, var_481);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_483 = wp::float(var_40);
        var_484 = wp::float(var_356);
        var_485 = wp::float(var_461);
        var_486 = wp::vec_t<3, wp::float32>(var_483, var_484, var_485);
        var_487 = wp::sub(var_486, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_489 = pick_0(var_35, var_36, var_37, var_40, var_488);
        var_491 = pick_0(var_35, var_36, var_37, var_356, var_490);
        var_492 = wp::mul(var_489, var_491);
        var_494 = pick_0(var_35, var_36, var_37, var_461, var_493);
        var_495 = wp::mul(var_492, var_494);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_496 = wp::address(var_grid_v, var_468, var_475, var_482);
        var_498 = wp::load(var_496);
        var_497 = wp::copy(var_498);
        // new_v += weight * gv                                                                   <L 115>
        var_499 = wp::mul(var_495, var_497);
        var_500 = wp::mul(var_495, var_497);
        var_501 = wp::add(var_449, var_500);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_502 = wp::outer(var_497, var_487);
        var_504 = wp::mul(var_503, var_2);
        var_505 = wp::mul(var_504, var_495);
        var_506 = wp::mul(var_502, var_505);
        var_507 = wp::outer(var_497, var_487);
        var_509 = wp::mul(var_508, var_2);
        var_510 = wp::mul(var_509, var_495);
        var_511 = wp::mul(var_507, var_510);
        var_512 = wp::add(var_460, var_511);
        // for b in range(3):                                                                     <L 107>
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_517 = wp::extract(var_23, var_516);
        var_518 = wp::add(var_517, var_513);
        var_521 = wp::sub(var_47, var_520);
        var_522 = wp::clamp(var_518, var_519, var_521);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_524 = wp::extract(var_23, var_523);
        var_525 = wp::add(var_524, var_514);
        var_528 = wp::sub(var_47, var_527);
        var_529 = wp::clamp(var_525, var_526, var_528);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_531 = wp::extract(var_23, var_530);
        var_532 = wp::add(var_531, var_515);
        var_535 = wp::sub(var_47, var_534);
        var_536 = wp::clamp(var_532, var_533, var_535);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_537 = wp::float(var_513);
        var_538 = wp::float(var_514);
        var_539 = wp::float(var_515);
        var_540 = wp::vec_t<3, wp::float32>(var_537, var_538, var_539);
        var_541 = wp::sub(var_540, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_543 = pick_0(var_35, var_36, var_37, var_513, var_542);
        var_545 = pick_0(var_35, var_36, var_37, var_514, var_544);
        var_546 = wp::mul(var_543, var_545);
        var_548 = pick_0(var_35, var_36, var_37, var_515, var_547);
        var_549 = wp::mul(var_546, var_548);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_550 = wp::address(var_grid_v, var_522, var_529, var_536);
        var_552 = wp::load(var_550);
        var_551 = wp::copy(var_552);
        // new_v += weight * gv                                                                   <L 115>
        var_553 = wp::mul(var_549, var_551);
        var_554 = wp::mul(var_549, var_551);
        var_555 = wp::add(var_501, var_554);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_556 = wp::outer(var_551, var_541);
        var_558 = wp::mul(var_557, var_2);
        var_559 = wp::mul(var_558, var_549);
        var_560 = wp::mul(var_556, var_559);
        var_561 = wp::outer(var_551, var_541);
        var_563 = wp::mul(var_562, var_2);
        var_564 = wp::mul(var_563, var_549);
        var_565 = wp::mul(var_561, var_564);
        var_566 = wp::add(var_512, var_565);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_569 = wp::extract(var_23, var_568);
        var_570 = wp::add(var_569, var_513);
        var_573 = wp::sub(var_47, var_572);
        var_574 = wp::clamp(var_570, var_571, var_573);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_576 = wp::extract(var_23, var_575);
        var_577 = wp::add(var_576, var_514);
        var_580 = wp::sub(var_47, var_579);
        var_581 = wp::clamp(var_577, var_578, var_580);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_583 = wp::extract(var_23, var_582);
        var_584 = wp::add(var_583, var_567);
        var_587 = wp::sub(var_47, var_586);
        var_588 = wp::clamp(var_584, var_585, var_587);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_589 = wp::float(var_513);
        var_590 = wp::float(var_514);
        var_591 = wp::float(var_567);
        var_592 = wp::vec_t<3, wp::float32>(var_589, var_590, var_591);
        var_593 = wp::sub(var_592, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_595 = pick_0(var_35, var_36, var_37, var_513, var_594);
        var_597 = pick_0(var_35, var_36, var_37, var_514, var_596);
        var_598 = wp::mul(var_595, var_597);
        var_600 = pick_0(var_35, var_36, var_37, var_567, var_599);
        var_601 = wp::mul(var_598, var_600);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_602 = wp::address(var_grid_v, var_574, var_581, var_588);
        var_604 = wp::load(var_602);
        var_603 = wp::copy(var_604);
        // new_v += weight * gv                                                                   <L 115>
        var_605 = wp::mul(var_601, var_603);
        var_606 = wp::mul(var_601, var_603);
        var_607 = wp::add(var_555, var_606);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_608 = wp::outer(var_603, var_593);
        var_610 = wp::mul(var_609, var_2);
        var_611 = wp::mul(var_610, var_601);
        var_612 = wp::mul(var_608, var_611);
        var_613 = wp::outer(var_603, var_593);
        var_615 = wp::mul(var_614, var_2);
        var_616 = wp::mul(var_615, var_601);
        var_617 = wp::mul(var_613, var_616);
        var_618 = wp::add(var_566, var_617);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_621 = wp::extract(var_23, var_620);
        var_622 = wp::add(var_621, var_513);
        var_625 = wp::sub(var_47, var_624);
        var_626 = wp::clamp(var_622, var_623, var_625);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_628 = wp::extract(var_23, var_627);
        var_629 = wp::add(var_628, var_514);
        var_632 = wp::sub(var_47, var_631);
        var_633 = wp::clamp(var_629, var_630, var_632);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_635 = wp::extract(var_23, var_634);
        var_636 = wp::add(var_635, var_619);
        var_639 = wp::sub(var_47, var_638);
        var_640 = wp::clamp(var_636, var_637, var_639);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_641 = wp::float(var_513);
        var_642 = wp::float(var_514);
        var_643 = wp::float(var_619);
        var_644 = wp::vec_t<3, wp::float32>(var_641, var_642, var_643);
        var_645 = wp::sub(var_644, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_647 = pick_0(var_35, var_36, var_37, var_513, var_646);
        var_649 = pick_0(var_35, var_36, var_37, var_514, var_648);
        var_650 = wp::mul(var_647, var_649);
        var_652 = pick_0(var_35, var_36, var_37, var_619, var_651);
        var_653 = wp::mul(var_650, var_652);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_654 = wp::address(var_grid_v, var_626, var_633, var_640);
        var_656 = wp::load(var_654);
        var_655 = wp::copy(var_656);
        // new_v += weight * gv                                                                   <L 115>
        var_657 = wp::mul(var_653, var_655);
        var_658 = wp::mul(var_653, var_655);
        var_659 = wp::add(var_607, var_658);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_660 = wp::outer(var_655, var_645);
        var_662 = wp::mul(var_661, var_2);
        var_663 = wp::mul(var_662, var_653);
        var_664 = wp::mul(var_660, var_663);
        var_665 = wp::outer(var_655, var_645);
        var_667 = wp::mul(var_666, var_2);
        var_668 = wp::mul(var_667, var_653);
        var_669 = wp::mul(var_665, var_668);
        var_670 = wp::add(var_618, var_669);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_674 = wp::extract(var_23, var_673);
        var_675 = wp::add(var_674, var_513);
        var_678 = wp::sub(var_47, var_677);
        var_679 = wp::clamp(var_675, var_676, var_678);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_681 = wp::extract(var_23, var_680);
        var_682 = wp::add(var_681, var_671);
        var_685 = wp::sub(var_47, var_684);
        var_686 = wp::clamp(var_682, var_683, var_685);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_688 = wp::extract(var_23, var_687);
        var_689 = wp::add(var_688, var_672);
        var_692 = wp::sub(var_47, var_691);
        var_693 = wp::clamp(var_689, var_690, var_692);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_694 = wp::float(var_513);
        var_695 = wp::float(var_671);
        var_696 = wp::float(var_672);
        var_697 = wp::vec_t<3, wp::float32>(var_694, var_695, var_696);
        var_698 = wp::sub(var_697, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_700 = pick_0(var_35, var_36, var_37, var_513, var_699);
        var_702 = pick_0(var_35, var_36, var_37, var_671, var_701);
        var_703 = wp::mul(var_700, var_702);
        var_705 = pick_0(var_35, var_36, var_37, var_672, var_704);
        var_706 = wp::mul(var_703, var_705);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_707 = wp::address(var_grid_v, var_679, var_686, var_693);
        var_709 = wp::load(var_707);
        var_708 = wp::copy(var_709);
        // new_v += weight * gv                                                                   <L 115>
        var_710 = wp::mul(var_706, var_708);
        var_711 = wp::mul(var_706, var_708);
        var_712 = wp::add(var_659, var_711);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_713 = wp::outer(var_708, var_698);
        var_715 = wp::mul(var_714, var_2);
        var_716 = wp::mul(var_715, var_706);
        var_717 = wp::mul(var_713, var_716);
        var_718 = wp::outer(var_708, var_698);
        var_720 = wp::mul(var_719, var_2);
        var_721 = wp::mul(var_720, var_706);
        var_722 = wp::mul(var_718, var_721);
        var_723 = wp::add(var_670, var_722);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_726 = wp::extract(var_23, var_725);
        var_727 = wp::add(var_726, var_513);
        var_730 = wp::sub(var_47, var_729);
        var_731 = wp::clamp(var_727, var_728, var_730);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_733 = wp::extract(var_23, var_732);
        var_734 = wp::add(var_733, var_671);
        var_737 = wp::sub(var_47, var_736);
        var_738 = wp::clamp(var_734, var_735, var_737);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_740 = wp::extract(var_23, var_739);
        var_741 = wp::add(var_740, var_724);
        var_744 = wp::sub(var_47, var_743);
        var_745 = wp::clamp(var_741, var_742, var_744);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_746 = wp::float(var_513);
        var_747 = wp::float(var_671);
        var_748 = wp::float(var_724);
        var_749 = wp::vec_t<3, wp::float32>(var_746, var_747, var_748);
        var_750 = wp::sub(var_749, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_752 = pick_0(var_35, var_36, var_37, var_513, var_751);
        var_754 = pick_0(var_35, var_36, var_37, var_671, var_753);
        var_755 = wp::mul(var_752, var_754);
        var_757 = pick_0(var_35, var_36, var_37, var_724, var_756);
        var_758 = wp::mul(var_755, var_757);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_759 = wp::address(var_grid_v, var_731, var_738, var_745);
        var_761 = wp::load(var_759);
        var_760 = wp::copy(var_761);
        // new_v += weight * gv                                                                   <L 115>
        var_762 = wp::mul(var_758, var_760);
        var_763 = wp::mul(var_758, var_760);
        var_764 = wp::add(var_712, var_763);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_765 = wp::outer(var_760, var_750);
        var_767 = wp::mul(var_766, var_2);
        var_768 = wp::mul(var_767, var_758);
        var_769 = wp::mul(var_765, var_768);
        var_770 = wp::outer(var_760, var_750);
        var_772 = wp::mul(var_771, var_2);
        var_773 = wp::mul(var_772, var_758);
        var_774 = wp::mul(var_770, var_773);
        var_775 = wp::add(var_723, var_774);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_778 = wp::extract(var_23, var_777);
        var_779 = wp::add(var_778, var_513);
        var_782 = wp::sub(var_47, var_781);
        var_783 = wp::clamp(var_779, var_780, var_782);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_785 = wp::extract(var_23, var_784);
        var_786 = wp::add(var_785, var_671);
        var_789 = wp::sub(var_47, var_788);
        var_790 = wp::clamp(var_786, var_787, var_789);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_792 = wp::extract(var_23, var_791);
        var_793 = wp::add(var_792, var_776);
        var_796 = wp::sub(var_47, var_795);
        var_797 = wp::clamp(var_793, var_794, var_796);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_798 = wp::float(var_513);
        var_799 = wp::float(var_671);
        var_800 = wp::float(var_776);
        var_801 = wp::vec_t<3, wp::float32>(var_798, var_799, var_800);
        var_802 = wp::sub(var_801, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_804 = pick_0(var_35, var_36, var_37, var_513, var_803);
        var_806 = pick_0(var_35, var_36, var_37, var_671, var_805);
        var_807 = wp::mul(var_804, var_806);
        var_809 = pick_0(var_35, var_36, var_37, var_776, var_808);
        var_810 = wp::mul(var_807, var_809);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_811 = wp::address(var_grid_v, var_783, var_790, var_797);
        var_813 = wp::load(var_811);
        var_812 = wp::copy(var_813);
        // new_v += weight * gv                                                                   <L 115>
        var_814 = wp::mul(var_810, var_812);
        var_815 = wp::mul(var_810, var_812);
        var_816 = wp::add(var_764, var_815);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_817 = wp::outer(var_812, var_802);
        var_819 = wp::mul(var_818, var_2);
        var_820 = wp::mul(var_819, var_810);
        var_821 = wp::mul(var_817, var_820);
        var_822 = wp::outer(var_812, var_802);
        var_824 = wp::mul(var_823, var_2);
        var_825 = wp::mul(var_824, var_810);
        var_826 = wp::mul(var_822, var_825);
        var_827 = wp::add(var_775, var_826);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_831 = wp::extract(var_23, var_830);
        var_832 = wp::add(var_831, var_513);
        var_835 = wp::sub(var_47, var_834);
        var_836 = wp::clamp(var_832, var_833, var_835);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_838 = wp::extract(var_23, var_837);
        var_839 = wp::add(var_838, var_828);
        var_842 = wp::sub(var_47, var_841);
        var_843 = wp::clamp(var_839, var_840, var_842);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_845 = wp::extract(var_23, var_844);
        var_846 = wp::add(var_845, var_829);
        var_849 = wp::sub(var_47, var_848);
        var_850 = wp::clamp(var_846, var_847, var_849);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_851 = wp::float(var_513);
        var_852 = wp::float(var_828);
        var_853 = wp::float(var_829);
        var_854 = wp::vec_t<3, wp::float32>(var_851, var_852, var_853);
        var_855 = wp::sub(var_854, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_857 = pick_0(var_35, var_36, var_37, var_513, var_856);
        var_859 = pick_0(var_35, var_36, var_37, var_828, var_858);
        var_860 = wp::mul(var_857, var_859);
        var_862 = pick_0(var_35, var_36, var_37, var_829, var_861);
        var_863 = wp::mul(var_860, var_862);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_864 = wp::address(var_grid_v, var_836, var_843, var_850);
        var_866 = wp::load(var_864);
        var_865 = wp::copy(var_866);
        // new_v += weight * gv                                                                   <L 115>
        var_867 = wp::mul(var_863, var_865);
        var_868 = wp::mul(var_863, var_865);
        var_869 = wp::add(var_816, var_868);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_870 = wp::outer(var_865, var_855);
        var_872 = wp::mul(var_871, var_2);
        var_873 = wp::mul(var_872, var_863);
        var_874 = wp::mul(var_870, var_873);
        var_875 = wp::outer(var_865, var_855);
        var_877 = wp::mul(var_876, var_2);
        var_878 = wp::mul(var_877, var_863);
        var_879 = wp::mul(var_875, var_878);
        var_880 = wp::add(var_827, var_879);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_883 = wp::extract(var_23, var_882);
        var_884 = wp::add(var_883, var_513);
        var_887 = wp::sub(var_47, var_886);
        var_888 = wp::clamp(var_884, var_885, var_887);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_890 = wp::extract(var_23, var_889);
        var_891 = wp::add(var_890, var_828);
        var_894 = wp::sub(var_47, var_893);
        var_895 = wp::clamp(var_891, var_892, var_894);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_897 = wp::extract(var_23, var_896);
        var_898 = wp::add(var_897, var_881);
        var_901 = wp::sub(var_47, var_900);
        var_902 = wp::clamp(var_898, var_899, var_901);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_903 = wp::float(var_513);
        var_904 = wp::float(var_828);
        var_905 = wp::float(var_881);
        var_906 = wp::vec_t<3, wp::float32>(var_903, var_904, var_905);
        var_907 = wp::sub(var_906, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_909 = pick_0(var_35, var_36, var_37, var_513, var_908);
        var_911 = pick_0(var_35, var_36, var_37, var_828, var_910);
        var_912 = wp::mul(var_909, var_911);
        var_914 = pick_0(var_35, var_36, var_37, var_881, var_913);
        var_915 = wp::mul(var_912, var_914);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_916 = wp::address(var_grid_v, var_888, var_895, var_902);
        var_918 = wp::load(var_916);
        var_917 = wp::copy(var_918);
        // new_v += weight * gv                                                                   <L 115>
        var_919 = wp::mul(var_915, var_917);
        var_920 = wp::mul(var_915, var_917);
        var_921 = wp::add(var_869, var_920);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_922 = wp::outer(var_917, var_907);
        var_924 = wp::mul(var_923, var_2);
        var_925 = wp::mul(var_924, var_915);
        var_926 = wp::mul(var_922, var_925);
        var_927 = wp::outer(var_917, var_907);
        var_929 = wp::mul(var_928, var_2);
        var_930 = wp::mul(var_929, var_915);
        var_931 = wp::mul(var_927, var_930);
        var_932 = wp::add(var_880, var_931);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_935 = wp::extract(var_23, var_934);
        var_936 = wp::add(var_935, var_513);
        var_939 = wp::sub(var_47, var_938);
        var_940 = wp::clamp(var_936, var_937, var_939);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_942 = wp::extract(var_23, var_941);
        var_943 = wp::add(var_942, var_828);
        var_946 = wp::sub(var_47, var_945);
        var_947 = wp::clamp(var_943, var_944, var_946);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_949 = wp::extract(var_23, var_948);
        var_950 = wp::add(var_949, var_933);
        var_953 = wp::sub(var_47, var_952);
        var_954 = wp::clamp(var_950, var_951, var_953);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_955 = wp::float(var_513);
        var_956 = wp::float(var_828);
        var_957 = wp::float(var_933);
        var_958 = wp::vec_t<3, wp::float32>(var_955, var_956, var_957);
        var_959 = wp::sub(var_958, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_961 = pick_0(var_35, var_36, var_37, var_513, var_960);
        var_963 = pick_0(var_35, var_36, var_37, var_828, var_962);
        var_964 = wp::mul(var_961, var_963);
        var_966 = pick_0(var_35, var_36, var_37, var_933, var_965);
        var_967 = wp::mul(var_964, var_966);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_968 = wp::address(var_grid_v, var_940, var_947, var_954);
        var_970 = wp::load(var_968);
        var_969 = wp::copy(var_970);
        // new_v += weight * gv                                                                   <L 115>
        var_971 = wp::mul(var_967, var_969);
        var_972 = wp::mul(var_967, var_969);
        var_973 = wp::add(var_921, var_972);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_974 = wp::outer(var_969, var_959);
        var_976 = wp::mul(var_975, var_2);
        var_977 = wp::mul(var_976, var_967);
        var_978 = wp::mul(var_974, var_977);
        var_979 = wp::outer(var_969, var_959);
        var_981 = wp::mul(var_980, var_2);
        var_982 = wp::mul(var_981, var_967);
        var_983 = wp::mul(var_979, var_982);
        var_984 = wp::add(var_932, var_983);
        // for b in range(3):                                                                     <L 107>
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_989 = wp::extract(var_23, var_988);
        var_990 = wp::add(var_989, var_985);
        var_993 = wp::sub(var_47, var_992);
        var_994 = wp::clamp(var_990, var_991, var_993);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_996 = wp::extract(var_23, var_995);
        var_997 = wp::add(var_996, var_986);
        var_1000 = wp::sub(var_47, var_999);
        var_1001 = wp::clamp(var_997, var_998, var_1000);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1003 = wp::extract(var_23, var_1002);
        var_1004 = wp::add(var_1003, var_987);
        var_1007 = wp::sub(var_47, var_1006);
        var_1008 = wp::clamp(var_1004, var_1005, var_1007);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1009 = wp::float(var_985);
        var_1010 = wp::float(var_986);
        var_1011 = wp::float(var_987);
        var_1012 = wp::vec_t<3, wp::float32>(var_1009, var_1010, var_1011);
        var_1013 = wp::sub(var_1012, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1015 = pick_0(var_35, var_36, var_37, var_985, var_1014);
        var_1017 = pick_0(var_35, var_36, var_37, var_986, var_1016);
        var_1018 = wp::mul(var_1015, var_1017);
        var_1020 = pick_0(var_35, var_36, var_37, var_987, var_1019);
        var_1021 = wp::mul(var_1018, var_1020);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1022 = wp::address(var_grid_v, var_994, var_1001, var_1008);
        var_1024 = wp::load(var_1022);
        var_1023 = wp::copy(var_1024);
        // new_v += weight * gv                                                                   <L 115>
        var_1025 = wp::mul(var_1021, var_1023);
        var_1026 = wp::mul(var_1021, var_1023);
        var_1027 = wp::add(var_973, var_1026);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1028 = wp::outer(var_1023, var_1013);
        var_1030 = wp::mul(var_1029, var_2);
        var_1031 = wp::mul(var_1030, var_1021);
        var_1032 = wp::mul(var_1028, var_1031);
        var_1033 = wp::outer(var_1023, var_1013);
        var_1035 = wp::mul(var_1034, var_2);
        var_1036 = wp::mul(var_1035, var_1021);
        var_1037 = wp::mul(var_1033, var_1036);
        var_1038 = wp::add(var_984, var_1037);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1041 = wp::extract(var_23, var_1040);
        var_1042 = wp::add(var_1041, var_985);
        var_1045 = wp::sub(var_47, var_1044);
        var_1046 = wp::clamp(var_1042, var_1043, var_1045);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1048 = wp::extract(var_23, var_1047);
        var_1049 = wp::add(var_1048, var_986);
        var_1052 = wp::sub(var_47, var_1051);
        var_1053 = wp::clamp(var_1049, var_1050, var_1052);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1055 = wp::extract(var_23, var_1054);
        var_1056 = wp::add(var_1055, var_1039);
        var_1059 = wp::sub(var_47, var_1058);
        var_1060 = wp::clamp(var_1056, var_1057, var_1059);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1061 = wp::float(var_985);
        var_1062 = wp::float(var_986);
        var_1063 = wp::float(var_1039);
        var_1064 = wp::vec_t<3, wp::float32>(var_1061, var_1062, var_1063);
        var_1065 = wp::sub(var_1064, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1067 = pick_0(var_35, var_36, var_37, var_985, var_1066);
        var_1069 = pick_0(var_35, var_36, var_37, var_986, var_1068);
        var_1070 = wp::mul(var_1067, var_1069);
        var_1072 = pick_0(var_35, var_36, var_37, var_1039, var_1071);
        var_1073 = wp::mul(var_1070, var_1072);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1074 = wp::address(var_grid_v, var_1046, var_1053, var_1060);
        var_1076 = wp::load(var_1074);
        var_1075 = wp::copy(var_1076);
        // new_v += weight * gv                                                                   <L 115>
        var_1077 = wp::mul(var_1073, var_1075);
        var_1078 = wp::mul(var_1073, var_1075);
        var_1079 = wp::add(var_1027, var_1078);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1080 = wp::outer(var_1075, var_1065);
        var_1082 = wp::mul(var_1081, var_2);
        var_1083 = wp::mul(var_1082, var_1073);
        var_1084 = wp::mul(var_1080, var_1083);
        var_1085 = wp::outer(var_1075, var_1065);
        var_1087 = wp::mul(var_1086, var_2);
        var_1088 = wp::mul(var_1087, var_1073);
        var_1089 = wp::mul(var_1085, var_1088);
        var_1090 = wp::add(var_1038, var_1089);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1093 = wp::extract(var_23, var_1092);
        var_1094 = wp::add(var_1093, var_985);
        var_1097 = wp::sub(var_47, var_1096);
        var_1098 = wp::clamp(var_1094, var_1095, var_1097);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1100 = wp::extract(var_23, var_1099);
        var_1101 = wp::add(var_1100, var_986);
        var_1104 = wp::sub(var_47, var_1103);
        var_1105 = wp::clamp(var_1101, var_1102, var_1104);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1107 = wp::extract(var_23, var_1106);
        var_1108 = wp::add(var_1107, var_1091);
        var_1111 = wp::sub(var_47, var_1110);
        var_1112 = wp::clamp(var_1108, var_1109, var_1111);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1113 = wp::float(var_985);
        var_1114 = wp::float(var_986);
        var_1115 = wp::float(var_1091);
        var_1116 = wp::vec_t<3, wp::float32>(var_1113, var_1114, var_1115);
        var_1117 = wp::sub(var_1116, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1119 = pick_0(var_35, var_36, var_37, var_985, var_1118);
        var_1121 = pick_0(var_35, var_36, var_37, var_986, var_1120);
        var_1122 = wp::mul(var_1119, var_1121);
        var_1124 = pick_0(var_35, var_36, var_37, var_1091, var_1123);
        var_1125 = wp::mul(var_1122, var_1124);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1126 = wp::address(var_grid_v, var_1098, var_1105, var_1112);
        var_1128 = wp::load(var_1126);
        var_1127 = wp::copy(var_1128);
        // new_v += weight * gv                                                                   <L 115>
        var_1129 = wp::mul(var_1125, var_1127);
        var_1130 = wp::mul(var_1125, var_1127);
        var_1131 = wp::add(var_1079, var_1130);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1132 = wp::outer(var_1127, var_1117);
        var_1134 = wp::mul(var_1133, var_2);
        var_1135 = wp::mul(var_1134, var_1125);
        var_1136 = wp::mul(var_1132, var_1135);
        var_1137 = wp::outer(var_1127, var_1117);
        var_1139 = wp::mul(var_1138, var_2);
        var_1140 = wp::mul(var_1139, var_1125);
        var_1141 = wp::mul(var_1137, var_1140);
        var_1142 = wp::add(var_1090, var_1141);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1146 = wp::extract(var_23, var_1145);
        var_1147 = wp::add(var_1146, var_985);
        var_1150 = wp::sub(var_47, var_1149);
        var_1151 = wp::clamp(var_1147, var_1148, var_1150);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1153 = wp::extract(var_23, var_1152);
        var_1154 = wp::add(var_1153, var_1143);
        var_1157 = wp::sub(var_47, var_1156);
        var_1158 = wp::clamp(var_1154, var_1155, var_1157);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1160 = wp::extract(var_23, var_1159);
        var_1161 = wp::add(var_1160, var_1144);
        var_1164 = wp::sub(var_47, var_1163);
        var_1165 = wp::clamp(var_1161, var_1162, var_1164);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1166 = wp::float(var_985);
        var_1167 = wp::float(var_1143);
        var_1168 = wp::float(var_1144);
        var_1169 = wp::vec_t<3, wp::float32>(var_1166, var_1167, var_1168);
        var_1170 = wp::sub(var_1169, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1172 = pick_0(var_35, var_36, var_37, var_985, var_1171);
        var_1174 = pick_0(var_35, var_36, var_37, var_1143, var_1173);
        var_1175 = wp::mul(var_1172, var_1174);
        var_1177 = pick_0(var_35, var_36, var_37, var_1144, var_1176);
        var_1178 = wp::mul(var_1175, var_1177);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1179 = wp::address(var_grid_v, var_1151, var_1158, var_1165);
        var_1181 = wp::load(var_1179);
        var_1180 = wp::copy(var_1181);
        // new_v += weight * gv                                                                   <L 115>
        var_1182 = wp::mul(var_1178, var_1180);
        var_1183 = wp::mul(var_1178, var_1180);
        var_1184 = wp::add(var_1131, var_1183);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1185 = wp::outer(var_1180, var_1170);
        var_1187 = wp::mul(var_1186, var_2);
        var_1188 = wp::mul(var_1187, var_1178);
        var_1189 = wp::mul(var_1185, var_1188);
        var_1190 = wp::outer(var_1180, var_1170);
        var_1192 = wp::mul(var_1191, var_2);
        var_1193 = wp::mul(var_1192, var_1178);
        var_1194 = wp::mul(var_1190, var_1193);
        var_1195 = wp::add(var_1142, var_1194);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1198 = wp::extract(var_23, var_1197);
        var_1199 = wp::add(var_1198, var_985);
        var_1202 = wp::sub(var_47, var_1201);
        var_1203 = wp::clamp(var_1199, var_1200, var_1202);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1205 = wp::extract(var_23, var_1204);
        var_1206 = wp::add(var_1205, var_1143);
        var_1209 = wp::sub(var_47, var_1208);
        var_1210 = wp::clamp(var_1206, var_1207, var_1209);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1212 = wp::extract(var_23, var_1211);
        var_1213 = wp::add(var_1212, var_1196);
        var_1216 = wp::sub(var_47, var_1215);
        var_1217 = wp::clamp(var_1213, var_1214, var_1216);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1218 = wp::float(var_985);
        var_1219 = wp::float(var_1143);
        var_1220 = wp::float(var_1196);
        var_1221 = wp::vec_t<3, wp::float32>(var_1218, var_1219, var_1220);
        var_1222 = wp::sub(var_1221, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1224 = pick_0(var_35, var_36, var_37, var_985, var_1223);
        var_1226 = pick_0(var_35, var_36, var_37, var_1143, var_1225);
        var_1227 = wp::mul(var_1224, var_1226);
        var_1229 = pick_0(var_35, var_36, var_37, var_1196, var_1228);
        var_1230 = wp::mul(var_1227, var_1229);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1231 = wp::address(var_grid_v, var_1203, var_1210, var_1217);
        var_1233 = wp::load(var_1231);
        var_1232 = wp::copy(var_1233);
        // new_v += weight * gv                                                                   <L 115>
        var_1234 = wp::mul(var_1230, var_1232);
        var_1235 = wp::mul(var_1230, var_1232);
        var_1236 = wp::add(var_1184, var_1235);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1237 = wp::outer(var_1232, var_1222);
        var_1239 = wp::mul(var_1238, var_2);
        var_1240 = wp::mul(var_1239, var_1230);
        var_1241 = wp::mul(var_1237, var_1240);
        var_1242 = wp::outer(var_1232, var_1222);
        var_1244 = wp::mul(var_1243, var_2);
        var_1245 = wp::mul(var_1244, var_1230);
        var_1246 = wp::mul(var_1242, var_1245);
        var_1247 = wp::add(var_1195, var_1246);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1250 = wp::extract(var_23, var_1249);
        var_1251 = wp::add(var_1250, var_985);
        var_1254 = wp::sub(var_47, var_1253);
        var_1255 = wp::clamp(var_1251, var_1252, var_1254);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1257 = wp::extract(var_23, var_1256);
        var_1258 = wp::add(var_1257, var_1143);
        var_1261 = wp::sub(var_47, var_1260);
        var_1262 = wp::clamp(var_1258, var_1259, var_1261);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1264 = wp::extract(var_23, var_1263);
        var_1265 = wp::add(var_1264, var_1248);
        var_1268 = wp::sub(var_47, var_1267);
        var_1269 = wp::clamp(var_1265, var_1266, var_1268);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1270 = wp::float(var_985);
        var_1271 = wp::float(var_1143);
        var_1272 = wp::float(var_1248);
        var_1273 = wp::vec_t<3, wp::float32>(var_1270, var_1271, var_1272);
        var_1274 = wp::sub(var_1273, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1276 = pick_0(var_35, var_36, var_37, var_985, var_1275);
        var_1278 = pick_0(var_35, var_36, var_37, var_1143, var_1277);
        var_1279 = wp::mul(var_1276, var_1278);
        var_1281 = pick_0(var_35, var_36, var_37, var_1248, var_1280);
        var_1282 = wp::mul(var_1279, var_1281);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1283 = wp::address(var_grid_v, var_1255, var_1262, var_1269);
        var_1285 = wp::load(var_1283);
        var_1284 = wp::copy(var_1285);
        // new_v += weight * gv                                                                   <L 115>
        var_1286 = wp::mul(var_1282, var_1284);
        var_1287 = wp::mul(var_1282, var_1284);
        var_1288 = wp::add(var_1236, var_1287);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1289 = wp::outer(var_1284, var_1274);
        var_1291 = wp::mul(var_1290, var_2);
        var_1292 = wp::mul(var_1291, var_1282);
        var_1293 = wp::mul(var_1289, var_1292);
        var_1294 = wp::outer(var_1284, var_1274);
        var_1296 = wp::mul(var_1295, var_2);
        var_1297 = wp::mul(var_1296, var_1282);
        var_1298 = wp::mul(var_1294, var_1297);
        var_1299 = wp::add(var_1247, var_1298);
        // for c in range(3):                                                                     <L 108>
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1303 = wp::extract(var_23, var_1302);
        var_1304 = wp::add(var_1303, var_985);
        var_1307 = wp::sub(var_47, var_1306);
        var_1308 = wp::clamp(var_1304, var_1305, var_1307);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1310 = wp::extract(var_23, var_1309);
        var_1311 = wp::add(var_1310, var_1300);
        var_1314 = wp::sub(var_47, var_1313);
        var_1315 = wp::clamp(var_1311, var_1312, var_1314);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1317 = wp::extract(var_23, var_1316);
        var_1318 = wp::add(var_1317, var_1301);
        var_1321 = wp::sub(var_47, var_1320);
        var_1322 = wp::clamp(var_1318, var_1319, var_1321);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1323 = wp::float(var_985);
        var_1324 = wp::float(var_1300);
        var_1325 = wp::float(var_1301);
        var_1326 = wp::vec_t<3, wp::float32>(var_1323, var_1324, var_1325);
        var_1327 = wp::sub(var_1326, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1329 = pick_0(var_35, var_36, var_37, var_985, var_1328);
        var_1331 = pick_0(var_35, var_36, var_37, var_1300, var_1330);
        var_1332 = wp::mul(var_1329, var_1331);
        var_1334 = pick_0(var_35, var_36, var_37, var_1301, var_1333);
        var_1335 = wp::mul(var_1332, var_1334);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1336 = wp::address(var_grid_v, var_1308, var_1315, var_1322);
        var_1338 = wp::load(var_1336);
        var_1337 = wp::copy(var_1338);
        // new_v += weight * gv                                                                   <L 115>
        var_1339 = wp::mul(var_1335, var_1337);
        var_1340 = wp::mul(var_1335, var_1337);
        var_1341 = wp::add(var_1288, var_1340);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1342 = wp::outer(var_1337, var_1327);
        var_1344 = wp::mul(var_1343, var_2);
        var_1345 = wp::mul(var_1344, var_1335);
        var_1346 = wp::mul(var_1342, var_1345);
        var_1347 = wp::outer(var_1337, var_1327);
        var_1349 = wp::mul(var_1348, var_2);
        var_1350 = wp::mul(var_1349, var_1335);
        var_1351 = wp::mul(var_1347, var_1350);
        var_1352 = wp::add(var_1299, var_1351);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1355 = wp::extract(var_23, var_1354);
        var_1356 = wp::add(var_1355, var_985);
        var_1359 = wp::sub(var_47, var_1358);
        var_1360 = wp::clamp(var_1356, var_1357, var_1359);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1362 = wp::extract(var_23, var_1361);
        var_1363 = wp::add(var_1362, var_1300);
        var_1366 = wp::sub(var_47, var_1365);
        var_1367 = wp::clamp(var_1363, var_1364, var_1366);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1369 = wp::extract(var_23, var_1368);
        var_1370 = wp::add(var_1369, var_1353);
        var_1373 = wp::sub(var_47, var_1372);
        var_1374 = wp::clamp(var_1370, var_1371, var_1373);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1375 = wp::float(var_985);
        var_1376 = wp::float(var_1300);
        var_1377 = wp::float(var_1353);
        var_1378 = wp::vec_t<3, wp::float32>(var_1375, var_1376, var_1377);
        var_1379 = wp::sub(var_1378, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1381 = pick_0(var_35, var_36, var_37, var_985, var_1380);
        var_1383 = pick_0(var_35, var_36, var_37, var_1300, var_1382);
        var_1384 = wp::mul(var_1381, var_1383);
        var_1386 = pick_0(var_35, var_36, var_37, var_1353, var_1385);
        var_1387 = wp::mul(var_1384, var_1386);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1388 = wp::address(var_grid_v, var_1360, var_1367, var_1374);
        var_1390 = wp::load(var_1388);
        var_1389 = wp::copy(var_1390);
        // new_v += weight * gv                                                                   <L 115>
        var_1391 = wp::mul(var_1387, var_1389);
        var_1392 = wp::mul(var_1387, var_1389);
        var_1393 = wp::add(var_1341, var_1392);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1394 = wp::outer(var_1389, var_1379);
        var_1396 = wp::mul(var_1395, var_2);
        var_1397 = wp::mul(var_1396, var_1387);
        var_1398 = wp::mul(var_1394, var_1397);
        var_1399 = wp::outer(var_1389, var_1379);
        var_1401 = wp::mul(var_1400, var_2);
        var_1402 = wp::mul(var_1401, var_1387);
        var_1403 = wp::mul(var_1399, var_1402);
        var_1404 = wp::add(var_1352, var_1403);
        // gi = wp.clamp(base[0] + a, 0, GRID_RES - 1)                                            <L 109>
        var_1407 = wp::extract(var_23, var_1406);
        var_1408 = wp::add(var_1407, var_985);
        var_1411 = wp::sub(var_47, var_1410);
        var_1412 = wp::clamp(var_1408, var_1409, var_1411);
        // gj = wp.clamp(base[1] + b, 0, GRID_RES - 1)                                            <L 110>
        var_1414 = wp::extract(var_23, var_1413);
        var_1415 = wp::add(var_1414, var_1300);
        var_1418 = wp::sub(var_47, var_1417);
        var_1419 = wp::clamp(var_1415, var_1416, var_1418);
        // gk = wp.clamp(base[2] + c, 0, GRID_RES - 1)                                            <L 111>
        var_1421 = wp::extract(var_23, var_1420);
        var_1422 = wp::add(var_1421, var_1405);
        var_1425 = wp::sub(var_47, var_1424);
        var_1426 = wp::clamp(var_1422, var_1423, var_1425);
        // dpos = wp.vec3(float(a), float(b), float(c)) - fx                                      <L 112>
        var_1427 = wp::float(var_985);
        var_1428 = wp::float(var_1300);
        var_1429 = wp::float(var_1405);
        var_1430 = wp::vec_t<3, wp::float32>(var_1427, var_1428, var_1429);
        var_1431 = wp::sub(var_1430, var_34);
        // weight = pick(w0, w1, w2, a, 0) * pick(w0, w1, w2, b, 1) * pick(w0, w1, w2, c, 2)       <L 113>
        var_1433 = pick_0(var_35, var_36, var_37, var_985, var_1432);
        var_1435 = pick_0(var_35, var_36, var_37, var_1300, var_1434);
        var_1436 = wp::mul(var_1433, var_1435);
        var_1438 = pick_0(var_35, var_36, var_37, var_1405, var_1437);
        var_1439 = wp::mul(var_1436, var_1438);
        // gv = grid_v[gi, gj, gk]                                                                <L 114>
        var_1440 = wp::address(var_grid_v, var_1412, var_1419, var_1426);
        var_1442 = wp::load(var_1440);
        var_1441 = wp::copy(var_1442);
        // new_v += weight * gv                                                                   <L 115>
        var_1443 = wp::mul(var_1439, var_1441);
        var_1444 = wp::mul(var_1439, var_1441);
        var_1445 = wp::add(var_1393, var_1444);
        // new_C += wp.outer(gv, dpos) * (4.0 * inv_dx * weight)                                  <L 116>
        var_1446 = wp::outer(var_1441, var_1431);
        var_1448 = wp::mul(var_1447, var_2);
        var_1449 = wp::mul(var_1448, var_1439);
        var_1450 = wp::mul(var_1446, var_1449);
        var_1451 = wp::outer(var_1441, var_1431);
        var_1453 = wp::mul(var_1452, var_2);
        var_1454 = wp::mul(var_1453, var_1439);
        var_1455 = wp::mul(var_1451, var_1454);
        var_1456 = wp::add(var_1404, var_1455);
        // s.v[i] = new_v                                                                         <L 117>
        var_1457 = &(var_s.v);
        var_1458 = wp::load(var_1457);
        wp::array_store(var_1458, var_0, var_1445);
        // s.C[i] = new_C                                                                         <L 118>
        var_1459 = &(var_s.C);
        var_1460 = wp::load(var_1459);
        wp::array_store(var_1460, var_0, var_1456);
        // s.x[i] = s.x[i] + new_v * dt                                                           <L 119>
        var_1461 = &(var_s.x);
        var_1463 = wp::load(var_1461);
        var_1462 = wp::address(var_1463, var_0);
        var_1464 = wp::mul(var_1445, var_dt);
        var_1466 = wp::load(var_1462);
        var_1465 = wp::add(var_1466, var_1464);
        var_1467 = &(var_s.x);
        var_1468 = wp::load(var_1467);
        wp::array_store(var_1468, var_0, var_1465);
        // F = (wp.identity(n=3, dtype=float) + new_C * dt) * s.F[i]                              <L 120>
        var_1470 = wp::identity<3, wp::float32>();
        var_1471 = wp::mul(var_1456, var_dt);
        var_1472 = wp::add(var_1470, var_1471);
        var_1473 = &(var_s.F);
        var_1475 = wp::load(var_1473);
        var_1474 = wp::address(var_1475, var_0);
        var_1477 = wp::load(var_1474);
        var_1476 = wp::mul(var_1472, var_1477);
        // s.F[i] = F                                                                             <L 121>
        var_1478 = &(var_s.F);
        var_1479 = wp::load(var_1478);
        wp::array_store(var_1479, var_0, var_1476);
        // s.Jp[i] = wp.determinant(F)                                                            <L 122>
        var_1480 = wp::determinant(var_1476);
        var_1481 = &(var_s.Jp);
        var_1482 = wp::load(var_1481);
        wp::array_store(var_1482, var_0, var_1480);
    }
}

